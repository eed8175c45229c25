package org.nafitha.core;

import java.util.OptionalDouble;

import org.nafitha.model.ServiceCenter;

/**
 * A result that tells how many transactions a day each center can serve, published by a capacity analyzer; coverage
 * takes it as the supply of a center when present, and the center's counters otherwise.
 */
public interface CenterCapacities {

    OptionalDouble dailyCapacity(ServiceCenter center);
}
