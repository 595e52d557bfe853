package uk.cxsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

import org.junit.jupiter.api.Test;

/** Bad input to {@code cxsim studio}: one line, exit code 2, nothing served. */
class StudioCommandTest {
    @Test
    void aPortOutOfRangeIsBadInput() {
        CliHarness h = new CliHarness();
        assertEquals(2, h.run("studio", "--port", "70000"));
        assertTrue(h.err.toString().startsWith("cxsim: --port must be 0 to 65535, found 70000"), h.err.toString());
        assertEquals(1, h.err.toString().strip().lines().count(), h.err.toString());
    }

    @Test
    void aPortInUseIsBadInputNamingIt() throws IOException {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0));
            CliHarness h = new CliHarness();
            assertEquals(2, h.run("studio", "--port", Integer.toString(taken.getLocalPort())));
            assertTrue(h.err.toString().startsWith("cxsim: --port " + taken.getLocalPort() + " on 127.0.0.1 cannot be "
                    + "used"), h.err.toString());
        }
    }

    @Test
    void aMissingScenarioFileIsBadInput() {
        CliHarness h = new CliHarness();
        assertEquals(2, h.run("studio", "--port", "0", "no/such/scenario.yaml"));
        assertTrue(h.err.toString().contains("no scenario file no/such/scenario.yaml"), h.err.toString());
    }

    @Test
    void tooFewReplicationsAreBadInput() {
        CliHarness h = new CliHarness();
        assertEquals(2, h.run("studio", "--port", "0", "--replications", "1"));
        assertTrue(h.err.toString().contains("--replications must be at least 2, found 1"), h.err.toString());
    }
}
