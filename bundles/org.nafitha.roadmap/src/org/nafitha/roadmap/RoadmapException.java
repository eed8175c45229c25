package org.nafitha.roadmap;

/** A roadmap that cannot be evaluated: its errors, one a line. */
public final class RoadmapException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public RoadmapException(String message) {
        super(message);
    }
}
