package org.nafitha.model.file;

/** A scenario file could not be read or written; the message names the file and, where known, the line. */
public final class ScenarioFileException extends Exception {

    private static final long serialVersionUID = 1L;

    public ScenarioFileException(String message, Throwable cause) {
        super(message, cause);
    }

    public ScenarioFileException(String message) {
        super(message);
    }
}
