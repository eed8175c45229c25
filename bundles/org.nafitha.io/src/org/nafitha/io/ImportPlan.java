package org.nafitha.io;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.nafitha.model.Scenario;

/**
 * What an import will do, worked out and checked in full before anything changes: the new objects, and for each one
 * whose code already exists, the object it replaces. {@link #apply()} makes the change; it cannot fail half way.
 */
public final class ImportPlan {

    private final Scenario scenario;
    private final Kind kind;
    private final String file;
    private final String crs;
    private final EReference list;
    private final List<EObject> objects;
    private final Map<EObject, EObject> replaced;
    private boolean applied;
    private final List<String> notes = new ArrayList<>();

    ImportPlan(Scenario scenario, Kind kind, String file, String crs, EReference list, List<EObject> objects,
            Map<EObject, EObject> replaced) {
        this.scenario = scenario;
        this.kind = kind;
        this.file = file;
        this.crs = crs;
        this.list = list;
        this.objects = List.copyOf(objects);
        this.replaced = Collections.unmodifiableMap(replaced);
    }

    public Scenario scenario() {
        return scenario;
    }

    public Kind kind() {
        return kind;
    }

    public String file() {
        return file;
    }

    /** The CRS the coordinates were read in (they are WGS84 now), or null when the file had no coordinates. */
    public String crs() {
        return crs;
    }

    /** The scenario's containment list the objects go to (for editors that apply the plan as a command). */
    public EReference list() {
        return list;
    }

    /** The objects read, in file order. */
    public List<EObject> objects() {
        return objects;
    }

    /** New object to the existing object with the same code that it replaces. */
    public Map<EObject, EObject> replaced() {
        return replaced;
    }

    /** What the reading decided that the user should know, e.g. areas placed at their interior point. */
    public List<String> notes() {
        return Collections.unmodifiableList(notes);
    }

    void note(String note) {
        notes.add(note);
    }

    public int added() {
        return objects.size() - replaced.size();
    }

    /**
     * Puts the objects into the scenario: a replaced object's place in its list is taken by its successor, and
     * references to it from elsewhere in the scenario are moved to the successor.
     */
    @SuppressWarnings("unchecked")
    public void apply() {
        if (applied) {
            throw new IllegalStateException("this import was applied already");
        }
        applied = true;
        List<EObject> target = (List<EObject>) scenario.eGet(list);
        if (!replaced.isEmpty()) {
            Map<EObject, EObject> successors = new IdentityHashMap<>();
            replaced.forEach((n, old) -> successors.put(old, n));
            // references held by other objects (and by the new ones) move to the successors
            for (Iterator<EObject> all = scenario.eAllContents(); all.hasNext();) {
                redirect(all.next(), successors);
            }
            for (EObject object : objects) {
                redirect(object, successors);
                for (Iterator<EObject> inner = object.eAllContents(); inner.hasNext();) {
                    redirect(inner.next(), successors);
                }
            }
            for (Map.Entry<EObject, EObject> e : replaced.entrySet()) {
                int index = target.indexOf(e.getValue());
                target.set(index, e.getKey());
            }
        }
        Set<EObject> replacing = replaced.keySet();
        List<EObject> added = new ArrayList<>();
        for (EObject object : objects) {
            if (!replacing.contains(object)) {
                added.add(object);
            }
        }
        target.addAll(added);
    }

    @SuppressWarnings("unchecked")
    private static void redirect(EObject holder, Map<EObject, EObject> successors) {
        for (EReference reference : holder.eClass().getEAllReferences()) {
            if (reference.isContainment() || reference.isContainer() || reference.isDerived() || !reference.isChangeable()) {
                continue;
            }
            if (reference.isMany()) {
                List<EObject> values = (List<EObject>) holder.eGet(reference);
                for (int i = 0; i < values.size(); i++) {
                    EObject successor = successors.get(values.get(i));
                    if (successor != null) {
                        values.set(i, successor);
                    }
                }
            } else {
                EObject successor = successors.get(holder.eGet(reference));
                if (successor != null) {
                    holder.eSet(reference, successor);
                }
            }
        }
    }
}
