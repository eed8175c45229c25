package org.nafitha.ui.map;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javax.imageio.ImageIO;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.nafitha.io.Format;
import org.nafitha.io.Formats;
import org.nafitha.io.ImportException;
import org.nafitha.map.MapLayer;
import org.nafitha.map.Projector;
import org.nafitha.map.sources.FileLayers;
import org.nafitha.map.sources.TableLayers;
import org.nafitha.store.StoreException;

/**
 * Brings layers onto the map and the map out of it: a file of any reading format contributed to
 * {@code org.nafitha.io.formats}, a table of an H2 database, and the map as a PNG. Files and tables are read in
 * background jobs; a failure is shown to the planner and loses nothing.
 */
final class LayerLoader {

    private final Projector projector;
    private final Shell shell;
    /** Takes a layer read in the background, on the UI thread. */
    private final Consumer<MapLayer> added;

    LayerLoader(Shell shell, Projector projector, Consumer<MapLayer> added) {
        this.shell = shell;
        this.projector = projector;
        this.added = added;
    }

    /** The file dialog's filters: every extension of every format that reads, together, then each format, then all files. */
    static String[][] readingFilters(Formats formats) {
        List<String> all = new ArrayList<>();
        List<String> patterns = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Format f : formats.all()) {
            if (!f.canRead()) {
                continue;
            }
            List<String> mine = f.extensions().stream().map(e -> "*." + e).toList();
            all.addAll(mine);
            patterns.add(String.join(";", mine));
            names.add(f.name() + " (" + String.join(", ", mine) + ")");
        }
        patterns.add(0, String.join(";", all));
        names.add(0, NLS.bind(Messages.everyFormat, String.join(", ", all)));
        patterns.add("*.*");
        names.add(Messages.allFiles);
        return new String[][] {patterns.toArray(String[]::new), names.toArray(String[]::new)};
    }

    /** Asks for a file and adds it as a layer. */
    void askForFile() {
        FileDialog dialog = new FileDialog(shell, SWT.OPEN);
        String[][] filters = readingFilters(Formats.fromExtensions(null));
        dialog.setFilterExtensions(filters[0]);
        dialog.setFilterNames(filters[1]);
        String file = dialog.open();
        if (file != null) {
            addFile(Path.of(file));
        }
    }

    /** Asks for a table of a store (or any H2 database) and adds it as a layer. */
    void askForTable(String scenarioCode) {
        TableLayerDialog dialog = new TableLayerDialog(shell, scenarioCode);
        if (dialog.open() == Window.OK && dialog.getChoice() != null) {
            TableLayerDialog.Choice c = dialog.getChoice();
            addTable(c.database(), c.table(), c.scenario());
        }
    }

    /** Asks where to write the map as it is shown, and writes it as PNG. */
    void askForExport(BufferedImage picture) {
        if (picture == null) {
            return;
        }
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setFilterExtensions(new String[] {"*.png"});
        dialog.setOverwrite(true);
        String file = dialog.open();
        if (file != null) {
            try {
                ImageIO.write(picture, "png", Path.of(file).toFile());
            } catch (IOException e) {
                MessageDialog.openError(shell, Messages.exportPng, file + ": " + e.getMessage());
            }
        }
    }

    /** Reads a file as a layer in the background; the map shows it when it is read. */
    Job addFile(Path file) {
        Job job = Job.create(NLS.bind("{0}: {1}", Messages.addLayer, file.getFileName()), monitor -> {
            try {
                deliver(FileLayers.load(Formats.fromExtensions(null), file, null, projector, "name_en"));
            } catch (ImportException | RuntimeException e) {
                fail(e);
            }
            return Status.OK_STATUS; // a failure is reported to the planner
        });
        job.schedule();
        return job;
    }

    /** Reads a table of an H2 database (a store's, by scenario, or any) as a layer in the background. */
    Job addTable(Path database, String table, String scenarioCode) {
        Job job = Job.create(NLS.bind("{0}: {1}", Messages.addTable, table), monitor -> {
            try {
                deliver(TableLayers.load(database, table, projector, null, scenarioCode));
            } catch (StoreException | SQLException | RuntimeException e) {
                fail(e);
            }
            return Status.OK_STATUS; // a failure is reported to the planner
        });
        job.schedule();
        return job;
    }

    private void deliver(MapLayer layer) {
        Display.getDefault().asyncExec(() -> {
            if (!shell.isDisposed()) {
                added.accept(layer);
            }
        });
    }

    private void fail(Exception e) {
        Display.getDefault().asyncExec(() -> {
            if (!shell.isDisposed()) {
                MessageDialog.openError(shell, Messages.cannotAdd, e.getMessage());
            }
        });
    }
}
