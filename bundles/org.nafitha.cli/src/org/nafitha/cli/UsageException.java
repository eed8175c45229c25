package org.nafitha.cli;

/** The command line is wrong: the user gets the message and the command's usage, and exit code 2. */
public final class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
