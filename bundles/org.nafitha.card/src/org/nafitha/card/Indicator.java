package org.nafitha.card;

import org.nafitha.model.ServiceCenter;

/**
 * Measures one thing at one center, contributed through {@code org.nafitha.card.indicators}. The card scores the
 * value with the scoring function the contribution declares.
 */
@FunctionalInterface
public interface Indicator {

    /** The value at {@code center}, or {@link Measure#missing(String)} when its input is not there. */
    Measure measure(CardInput input, ServiceCenter center);
}
