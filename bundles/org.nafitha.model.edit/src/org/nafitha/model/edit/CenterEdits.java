package org.nafitha.model.edit;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.nafitha.model.Counter;
import org.nafitha.model.NafithaFactory;
import org.nafitha.model.NafithaPackage;
import org.nafitha.model.ServiceCenter;

/**
 * Undoable edits of a service center, as EMF commands for an editing domain's command stack. UI-free: the workbench and
 * scripts build the same commands.
 */
public final class CenterEdits {

    /** The most counters a center may have; more is a typing error. */
    public static final int MAX_COUNTERS = 500;

    private CenterEdits() {
    }

    /**
     * Sets the number of counters: new ones are universal (they serve every service the center offers), and the last
     * ones are removed when there are fewer. One command: one undo.
     *
     * @return an unexecutable command when {@code count} is outside 0..{@value #MAX_COUNTERS} or unchanged
     */
    public static Command setCounters(EditingDomain domain, ServiceCenter center, int count, String label) {
        int now = center.getCounters().size();
        if (count < 0 || count > MAX_COUNTERS || count == now) {
            return UnexecutableCommand.INSTANCE;
        }
        CompoundCommand c = new CompoundCommand(label);
        if (count > now) {
            List<Counter> added = new ArrayList<>();
            for (int i = now; i < count; i++) {
                Counter k = NafithaFactory.eINSTANCE.createCounter();
                k.setCode(nextCode(center, i + 1, added));
                k.setUniversal(true);
                k.getServices().addAll(center.getServicesOffered());
                added.add(k);
            }
            c.append(AddCommand.create(domain, center, NafithaPackage.Literals.SERVICE_CENTER__COUNTERS, added));
        } else {
            c.append(RemoveCommand.create(domain, center, NafithaPackage.Literals.SERVICE_CENTER__COUNTERS,
                    new ArrayList<>(center.getCounters().subList(count, now))));
        }
        return c;
    }

    /** Sets the staff (0 or more). */
    public static Command setStaff(EditingDomain domain, ServiceCenter center, int staff) {
        if (staff < 0 || staff == center.getStaff()) {
            return UnexecutableCommand.INSTANCE;
        }
        return SetCommand.create(domain, center, NafithaPackage.Literals.SERVICE_CENTER__STAFF, staff);
    }

    private static String nextCode(ServiceCenter center, int n, List<Counter> added) {
        int k = n;
        while (true) {
            String code = center.getCode() + "-K" + k;
            boolean taken = center.getCounters().stream().anyMatch(x -> code.equals(x.getCode()))
                    || added.stream().anyMatch(x -> code.equals(x.getCode()));
            if (!taken) {
                return code;
            }
            k++;
        }
    }
}
