package org.nafitha.card.tests;

import org.nafitha.card.CardInput;
import org.nafitha.card.Indicator;
import org.nafitha.card.Measure;
import org.nafitha.model.ServiceCenter;

/** An indicator that is fine in itself, contributed by fragment.xml with a wrong scoring or dimension. */
public final class ConstantIndicator implements Indicator {

    @Override
    public Measure measure(CardInput input, ServiceCenter center) {
        return Measure.of(50, "constant");
    }
}
