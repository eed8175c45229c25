package org.nafitha.ui.charts;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * The handler of the chart export commands ({@code org.nafitha.ui.charts.exportPng}, {@code ...exportSvg}): the chart
 * is the one whose context menu was opened, else the chart that has the keyboard focus.
 */
public final class ChartExportHandler extends AbstractHandler {

    public static final String EXPORT_PNG = "org.nafitha.ui.charts.exportPng";
    public static final String EXPORT_SVG = "org.nafitha.ui.charts.exportSvg";

    @Override
    public Object execute(ExecutionEvent event) {
        ChartCanvas canvas = target(HandlerUtil.getActiveMenuSelection(event));
        if (canvas != null && canvas.getChart() != null) {
            canvas.exportInteractively(EXPORT_SVG.equals(event.getCommand().getId()) ? "svg" : "png");
        }
        return null;
    }

    /** The chart a command applies to: the context menu's, else the focused one; {@code null} when there is none. */
    static ChartCanvas target(ISelection menuSelection) {
        if (menuSelection instanceof IStructuredSelection s && s.getFirstElement() instanceof ChartCanvas c && !c.isDisposed()) {
            return c;
        }
        Display display = Display.getCurrent();
        Control focus = display == null ? null : display.getFocusControl();
        return focus instanceof ChartCanvas c ? c : null;
    }
}
