package uk.cxsim.spark;

import uk.cxsim.cli.Main;

/**
 * The command line of cxsim-spark.jar: cxsim's own, with Spark on hand for {@code --spark}. On a cluster:
 * {@code spark-submit --class uk.cxsim.spark.SparkMain cxsim-spark.jar sweep ... --spark}.
 */
public final class SparkMain {
    private SparkMain() {
    }

    public static void main(String[] args) {
        Main.main(args);
    }
}
