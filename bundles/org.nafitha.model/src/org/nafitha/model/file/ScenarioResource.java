package org.nafitha.model.file;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.nafitha.model.Named;

/**
 * A scenario file ({@code .nafitha}): XMI in which references name their target by kind and code, e.g.
 * {@code servicesOffered="Service.CSPD-01 Service.DVLD-02"}, so that a planner can read and edit the file by hand
 * and a reordering does not rewrite every reference. An object whose code is missing, contains spaces or is not
 * unique among its kind falls back to EMF's positional reference, so that even an invalid scenario saves losslessly.
 */
public class ScenarioResource extends XMIResourceImpl {

    /** Creates {@link ScenarioResource}s, e.g. for a resource set's extension map under {@code "nafitha"}. */
    public static final class Factory extends ResourceFactoryImpl {
        @Override
        public Resource createResource(URI uri) {
            return new ScenarioResource(uri);
        }
    }

    private static final Pattern CODE = Pattern.compile("[^\\s#/:\"'<>&]+");
    /** Not a colon: XMI reads "a:b" in a reference list as a type name qualifying the next reference. */
    private static final String SEPARATOR = ".";

    private Map<String, EObject> byKey;

    public ScenarioResource(URI uri) {
        super(uri);
        setEncoding("UTF-8");
    }

    @Override
    public String getURIFragment(EObject object) {
        String key = key(object);
        if (key != null && index().get(key) == object) {
            return key;
        }
        return super.getURIFragment(object);
    }

    @Override
    protected EObject getEObjectByID(String id) {
        if (id.contains(SEPARATOR)) {
            EObject found = index().get(id);
            if (found == null || key(found) == null || !id.equals(key(found))) {
                byKey = null; // the contents changed since the index was built (e.g. while loading)
                found = index().get(id);
            }
            if (found != null) {
                return found;
            }
        }
        return super.getEObjectByID(id);
    }

    @Override
    public void doSave(OutputStream outputStream, Map<?, ?> options) throws IOException {
        byKey = null;
        try {
            super.doSave(outputStream, options);
        } finally {
            byKey = null;
        }
    }

    /** kind:code for named objects, or null. */
    private static String key(EObject object) {
        if (object instanceof Named named && named.getCode() != null && CODE.matcher(named.getCode()).matches()) {
            return object.eClass().getName() + SEPARATOR + named.getCode();
        }
        return null;
    }

    /** Every unambiguous kind:code in the resource; ambiguous keys map to nothing. */
    private Map<String, EObject> index() {
        if (byKey == null) {
            Map<String, EObject> index = new HashMap<>();
            Map<String, Boolean> duplicate = new HashMap<>();
            for (Iterator<EObject> it = getAllContents(); it.hasNext();) {
                EObject o = it.next();
                String key = key(o);
                if (key != null && index.putIfAbsent(key, o) != null) {
                    duplicate.put(key, Boolean.TRUE);
                }
            }
            duplicate.keySet().forEach(index::remove);
            byKey = index;
        }
        return byKey;
    }
}
