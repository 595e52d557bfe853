package uk.cxsim.errors;

/**
 * Bad input found by a command rather than by the scenario reader: an option out of range, options that do not go
 * together. One of the {@link UserErrors}.
 */
public final class UserInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UserInputException(String message) {
        super(message);
    }
}
