package org.nafitha.io.internal.shp;

/**
 * One field descriptor of a .dbf: name, type letter (C, N, F, L, D, ...), width in bytes and decimal count.
 *
 * @param name the field name as decoded
 * @param type the dBase type letter, upper case
 * @param width the width in bytes, 1 to 255
 * @param decimals the number of decimals of N and F fields
 * @param offset where the field starts in a record, after the deletion flag
 */
record DbfField(String name, char type, int width, int decimals, int offset) {
}
