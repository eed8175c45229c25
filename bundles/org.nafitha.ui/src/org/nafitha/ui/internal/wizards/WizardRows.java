package org.nafitha.ui.internal.wizards;

import java.util.function.Supplier;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.nafitha.io.Kind;
import org.nafitha.ui.internal.Messages;

/** The rows the import and export pages share, on a three-column grid: what the file holds, and the file. */
final class WizardRows {

    private WizardRows() {
    }

    /** A labelled choice of the kinds of objects, in {@link Kind} order. */
    static Combo kind(Composite c, String label) {
        new Label(c, SWT.NONE).setText(label);
        Combo kind = new Combo(c, SWT.READ_ONLY);
        kind.setItems(Messages.Import_centers, Messages.Import_demand, Messages.Import_services, Messages.Import_regions,
                Messages.Import_settlements, Messages.Import_evaluations,
                Messages.Import_documents);
        kind.select(Kind.CENTERS.ordinal());
        GridDataFactory.fillDefaults().span(2, 1).applyTo(kind);
        return kind;
    }

    /** A labelled file field with "Browse…" (an open or save dialog with the filters given when it opens). */
    static Text file(Composite c, int dialogStyle, Supplier<String[]> filters) {
        new Label(c, SWT.NONE).setText(Messages.Import_file);
        Text file = new Text(c, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(file);
        Button browse = new Button(c, SWT.PUSH);
        browse.setText(Messages.Import_browse);
        browse.addListener(SWT.Selection, e -> {
            FileDialog d = new FileDialog(c.getShell(), dialogStyle);
            d.setOverwrite(true);
            d.setFilterExtensions(filters.get());
            String chosen = d.open();
            if (chosen != null) {
                file.setText(chosen);
            }
        });
        return file;
    }
}
