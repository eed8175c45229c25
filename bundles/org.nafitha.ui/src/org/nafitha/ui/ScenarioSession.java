package org.nafitha.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.WeakHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.nafitha.model.Scenario;
import org.nafitha.model.file.ScenarioFileException;
import org.nafitha.model.file.ScenarioFiles;
import org.nafitha.model.edit.ScenarioEditing;

/**
 * The scenario the planner is editing: its EMF editing domain (every edit is a command on its command stack, so it can
 * be undone and redone), where it came from and whether it changed since it was last saved. Listeners hear of a new
 * scenario, of every command executed, undone or redone, and of saves.
 */
public final class ScenarioSession {

    /** What changed: a new scenario, the command stack, or the saved state. */
    public interface Listener {
        void changed(ScenarioSession session);
    }

    private final ComposedAdapterFactory adapters = ScenarioEditing.newAdapterFactory();
    private final AdapterFactoryEditingDomain domain = ScenarioEditing.newEditingDomain(adapters);
    private final BasicCommandStack stack = (BasicCommandStack) domain.getCommandStack();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private Scenario scenario;
    private Path file;
    private String name;
    private long edits;

    public ScenarioSession(Scenario scenario, String name) {
        // AdapterFactoryEditingDomain.getEditingDomainFor(object) finds this domain: every view edits through it
        domain.getResourceSet().eAdapters().add(new AdapterFactoryEditingDomain.EditingDomainProvider(domain));
        // read-only is said resource by resource: the scenario's is writable, a derived state's (a roadmap year) is not
        // (weakly: a released derived state stays read-only while anything still holds it)
        domain.setResourceToReadOnlyMap(new WeakHashMap<>());
        stack.addCommandStackListener(e -> {
            edits++;
            fire();
        });
        open(scenario, null, name);
    }

    /** Replaces the scenario (e.g. after opening a file): the undo history starts afresh. */
    public void open(Scenario s, Path from, String displayName) {
        ResourceSet set = domain.getResourceSet();
        set.getResources().clear();
        Resource r = set.createResource(URI.createFileURI(from == null ? "/" + displayName + "." + ScenarioFiles.EXTENSION
                : from.toAbsolutePath().toString()));
        r.getContents().add(s);
        domain.getResourceToReadOnlyMap().put(r, false);
        this.scenario = s;
        this.file = from;
        this.name = displayName;
        stack.flush();
        fire();
    }

    public Scenario scenario() {
        return scenario;
    }

    public AdapterFactoryEditingDomain domain() {
        return domain;
    }

    public ComposedAdapterFactory adapterFactory() {
        return adapters;
    }

    public CommandStack commandStack() {
        return stack;
    }

    /** Executes an edit so it can be undone; false when the command cannot execute (nothing changes). */
    public boolean execute(Command command) {
        if (command == null || !command.canExecute()) {
            return false;
        }
        stack.execute(command);
        return true;
    }

    /**
     * How many times the command stack changed (an edit, an undo or a redo) since the session began: what a view of a
     * state derived from the scenario compares to know whether to derive it again (a save changes nothing of it).
     */
    public long edits() {
        return edits;
    }

    /**
     * Holds a scenario derived from this one (the state of a roadmap year) in the editing domain, read-only: every
     * command the item providers make on its objects (set, add, remove, delete) cannot execute and the Properties view
     * shows its values without editing them, so no view edits the derived copy by mistake. {@link #release} lets it go.
     */
    public Resource holdReadOnly(Scenario derived, String label) {
        Resource r = new ResourceImpl(URI.createURI("nafitha-derived:/" + URI.encodeSegment(label, false)));
        domain.getResourceSet().getResources().add(r);
        domain.getResourceToReadOnlyMap().put(r, true);
        r.getContents().add(derived);
        return r;
    }

    /** Lets go of a derived scenario held by {@link #holdReadOnly}; it stays read-only. */
    public void release(Resource derived) {
        domain.getResourceSet().getResources().remove(derived);
    }

    /** Changed since it was opened or last saved. */
    public boolean isDirty() {
        return stack.isSaveNeeded();
    }

    /** The file it was opened from or last saved to; null for the embedded sample or a scenario from the store. */
    public Path file() {
        return file;
    }

    public String name() {
        return name;
    }

    /**
     * Saves to a scenario file; the file is written whole to a temporary file and moved into place, so a failed save
     * leaves the previous file intact (see {@link ScenarioFiles#save}).
     */
    public void saveAs(Path target) throws ScenarioFileException {
        ScenarioFiles.save(scenario, target);
        this.file = target;
        this.name = target.getFileName().toString();
        stack.saveIsDone();
        fire();
    }

    /** Marks the current state saved (after saving elsewhere, e.g. to the store). */
    public void saved() {
        stack.saveIsDone();
        fire();
    }

    public void addListener(Listener l) {
        listeners.add(l);
    }

    public void removeListener(Listener l) {
        listeners.remove(l);
    }

    private void fire() {
        for (Listener l : listeners) {
            l.changed(this);
        }
    }
}
