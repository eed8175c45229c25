package org.nafitha.model;

import org.eclipse.emf.ecore.util.EcoreUtil;

/** Derives a new scenario from an existing one: a deep copy whose baseline is the original. */
public final class ScenarioCopy {

    private ScenarioCopy() {
    }

    public static Scenario of(Scenario original, String code, String nameEn, String nameAr) {
        Scenario copy = EcoreUtil.copy(original);
        copy.setCode(code);
        copy.setNameEn(nameEn);
        copy.setNameAr(nameAr);
        copy.setBaseline(original.getCode());
        return copy;
    }
}
