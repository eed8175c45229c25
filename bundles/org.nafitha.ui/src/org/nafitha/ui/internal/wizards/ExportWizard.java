package org.nafitha.ui.internal.wizards;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.nafitha.io.Format;
import org.nafitha.io.Formats;
import org.nafitha.io.Kind;
import org.nafitha.io.ScenarioExporter;
import org.nafitha.ui.ScenarioSession;
import org.nafitha.ui.internal.Messages;

/**
 * File → Export: the centers, demand zones, services or regions of the open scenario to a file in any format that
 * writes (CSV, GeoJSON, GeoPackage, Shapefile, XLSX, and those plugins add). A failed export leaves no half file.
 */
public final class ExportWizard extends Wizard {

    private final ScenarioSession session;
    private final Page page = new Page();
    private int written = -1;

    public ExportWizard(ScenarioSession session) {
        this.session = session;
        setWindowTitle(Messages.Export_title);
    }

    @Override
    public void addPages() {
        addPage(page);
    }

    public Page getPage() {
        return page;
    }

    /** Records written by the last export, -1 before one. */
    public int getWritten() {
        return written;
    }

    @Override
    public boolean performFinish() {
        Kind kind = Kind.values()[page.kind.getSelectionIndex()];
        Format format = page.formats.get(page.format.getSelectionIndex());
        Path file = Path.of(page.file.getText().trim());
        try {
            written = new ScenarioExporter(Formats.fromExtensions(null)).export(session.scenario(), kind, file, format.id());
            return true;
        } catch (IOException | RuntimeException e) {
            page.setErrorMessage(file.getFileName() + ": " + e.getMessage());
            MessageDialog.openError(getShell(), Messages.Export_title, file + ": " + e.getMessage());
            return false;
        }
    }

    /** What, in which format, where. */
    public final class Page extends WizardPage {
        Combo kind;
        Combo format;
        Text file;
        List<Format> formats;

        Page() {
            super("export");
            setTitle(Messages.Export_title);
            setDescription(Messages.Export_description);
        }

        @Override
        public void createControl(Composite parent) {
            Composite c = new Composite(parent, SWT.NONE);
            c.setLayout(new GridLayout(3, false));
            kind = WizardRows.kind(c, Messages.Export_what);
            new Label(c, SWT.NONE).setText(Messages.Export_format);
            format = new Combo(c, SWT.READ_ONLY);
            formats = Formats.fromExtensions(null).all().stream().filter(Format::canWrite).toList();
            format.setItems(formats.stream().map(f -> f.name() + " (" + String.join(", ", f.extensions()) + ")").toArray(String[]::new));
            format.select(0);
            GridDataFactory.fillDefaults().span(2, 1).applyTo(format);
            file = WizardRows.file(c, SWT.SAVE, () -> {
                Format f = formats.get(format.getSelectionIndex());
                return new String[] { String.join(";", f.extensions().stream().map(x -> "*" + (x.startsWith(".") ? x : "." + x)).toList()) };
            });
            file.addModifyListener(e -> setPageComplete(!file.getText().isBlank()));
            setPageComplete(false);
            setControl(c);
        }

        /** For tests and scripts: choose as a user would. */
        public void choose(Kind k, String formatId, Path path) {
            kind.select(k.ordinal());
            for (int i = 0; i < formats.size(); i++) {
                if (formats.get(i).id().equals(formatId)) {
                    format.select(i);
                }
            }
            file.setText(path.toString());
        }

        String summary() {
            return NLS.bind(Messages.Export_done, written, file.getText());
        }
    }
}
