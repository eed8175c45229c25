package org.nafitha.store;

/**
 * One figure of an analysis run about one object: e.g. ("zone", "JO-AM-01", "accessibility", 0.42).
 */
public record RunValue(String objectKind, String objectCode, String measure, double value) {
}
