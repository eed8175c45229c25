package org.nafitha.ui.map;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.ColorDialog;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.nafitha.map.Classification;
import org.nafitha.map.MapLayer;
import org.nafitha.map.Style;

/**
 * Edits a layer's style: fill and stroke colours, stroke width, point size and symbol, opacity, the label field, and
 * the classification — a single symbol, graduated (a numeric field in classes by quantiles or equal intervals along a
 * colour ramp) or categorized (a colour per value). The layer's style is never touched here: OK hands a new style to
 * the callback (the map view swaps it in and draws again); Cancel hands nothing. The classification is made anew only
 * when one of its choices (or, when graduated, the point size) was changed, so a layer's own classes survive an edit of
 * its colours or opacity.
 */
public final class StyleDialog extends TitleAreaDialog {

    /** The key under which each input widget keeps its name (for tests and accessibility tools). */
    public static final String WIDGET = "org.nafitha.ui.map.widget";

    static final int SINGLE = 0;
    static final int GRADUATED = 1;
    static final int CATEGORIZED = 2;

    private static final Style.Marker[] MARKERS = Style.Marker.values();
    private static final Classification.Ramp[] RAMPS = Classification.Ramp.values();

    private final MapLayer layer;
    private final Style original;
    private final List<Classification.Field> fields;
    private final Consumer<Style> apply;
    private java.awt.Color fill;
    private java.awt.Color stroke;
    private Spinner strokeWidth;
    private Spinner pointSize;
    private Combo marker;
    private Spinner opacity;
    private Combo label;
    private Combo mode;
    private Combo field;
    private Spinner classes;
    private Combo method;
    private Combo ramp;
    private final List<Image> swatches = new ArrayList<>();
    private boolean classificationChanged;
    private Style result;

    /**
     * @param apply receives the new style when OK is pressed
     */
    public StyleDialog(Shell parent, MapLayer layer, Consumer<Style> apply) {
        super(parent);
        this.layer = layer;
        this.original = layer.style();
        this.fields = Classification.fields(layer);
        this.apply = apply;
        this.fill = original.fill();
        this.stroke = original.stroke();
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(NLS.bind(Messages.styleTitle, layer.name()));
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(NLS.bind(Messages.styleTitle, layer.name()));
        setMessage(Messages.styleMessage);
        Composite body = new Composite(area, SWT.NONE);
        body.setLayout(new GridLayout(1, false));
        body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));

        Group symbol = group(body, Messages.symbolGroup);
        colourRow(symbol, Messages.fillColor, "fill", true);
        colourRow(symbol, Messages.strokeColor, "stroke", false);
        strokeWidth = spinner(symbol, Messages.strokeWidth, "strokeWidth", 0, 100, 1, (int) Math.round(original.strokeWidth() * 10));
        pointSize = spinner(symbol, Messages.pointSize, "pointSize", 1, 60, 0, (int) Math.round(original.pointSize()));
        marker = combo(symbol, Messages.symbol, "marker", new String[] {Messages.symbolCircle, Messages.symbolSquare, Messages.symbolTriangle,
                Messages.symbolDiamond, Messages.symbolStar});
        marker.select(original.marker().ordinal());
        opacity = spinner(symbol, Messages.opacityPercent, "opacity", 0, 100, 0, (int) Math.round(original.opacity() * 100));
        List<String> labels = new ArrayList<>();
        labels.add(Messages.none);
        fields.forEach(f -> labels.add(f.name()));
        label = combo(symbol, Messages.labelField, "label", labels.toArray(String[]::new));
        int labelled = original.labelField() == null ? 0 : labels.indexOf(original.labelField());
        label.select(Math.max(0, labelled));

        Group classification = group(body, Messages.classification);
        mode = combo(classification, Messages.scheme, "classification", new String[] {Messages.singleSymbol, Messages.graduated,
                Messages.categorized});
        field = combo(classification, Messages.field, "field", new String[0]);
        classes = spinner(classification, Messages.classes, "classes", 2, Classification.MAX_CLASSES, 0,
                original.bands().isEmpty() ? 5 : Math.max(2, original.bands().size()));
        method = combo(classification, Messages.method, "method", new String[] {Messages.quantile, Messages.equalInterval});
        method.select(0);
        ramp = combo(classification, Messages.ramp, "ramp", new String[] {Messages.rampYellowRed, Messages.rampBlues, Messages.rampGreens,
                Messages.rampPurples, Messages.rampRedYellowGreen});
        ramp.select(0);
        mode.select(!original.bands().isEmpty() ? GRADUATED : !original.categories().isEmpty() ? CATEGORIZED : SINGLE);
        fillFields();
        for (Control c : new Control[] {mode, field, classes, method, ramp}) {
            c.addListener(SWT.Selection, e -> {
                classificationChanged = true;
                if (e.widget == mode) {
                    fillFields();
                }
                validate();
            });
        }
        body.addListener(SWT.Dispose, e -> swatches.forEach(Image::dispose));
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        getButton(IDialogConstants.OK_ID).setData(WIDGET, "ok");
        getButton(IDialogConstants.CANCEL_ID).setData(WIDGET, "cancel");
        validate();
    }

    /** The fields the classification may use: numeric ones when graduated, any when categorized. */
    private void fillFields() {
        int m = mode.getSelectionIndex();
        field.removeAll();
        for (Classification.Field f : fields) {
            if (m == CATEGORIZED || m == GRADUATED && f.numeric()) {
                field.add(f.name());
            }
        }
        int at = original.classField() == null ? -1 : field.indexOf(original.classField());
        if (field.getItemCount() > 0) {
            field.select(Math.max(0, at));
        }
        field.setEnabled(m != SINGLE);
        classes.setEnabled(m == GRADUATED);
        method.setEnabled(m == GRADUATED);
        ramp.setEnabled(m == GRADUATED);
    }

    private void validate() {
        String problem = null;
        int m = mode.getSelectionIndex();
        if (m == GRADUATED && field.getItemCount() == 0) {
            problem = Messages.noNumericField;
        } else if (m != SINGLE && field.getSelectionIndex() < 0) {
            problem = Messages.noField;
        }
        setErrorMessage(problem);
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok != null) {
            ok.setEnabled(problem == null);
        }
    }

    /** The style the choices make (a copy: the layer's own is untouched). */
    Style build() {
        Style s = original.copy().fill(fill).stroke(stroke, strokeWidth.getSelection() / 10f).pointSize(pointSize.getSelection())
                .marker(MARKERS[marker.getSelectionIndex()]).opacity(opacity.getSelection() / 100.0)
                .label(label.getSelectionIndex() <= 0 ? null : label.getItem(label.getSelectionIndex()));
        // graded point sizes follow the point size: a new size on a graduated layer grades it again as shown
        boolean resized = mode.getSelectionIndex() == GRADUATED && pointSize.getSelection() != (int) Math.round(original.pointSize());
        if (!classificationChanged && !resized) {
            return s;
        }
        return switch (mode.getSelectionIndex()) {
            case GRADUATED -> Classification.graduated(s, layer, field.getText(), classes.getSelection(), method.getSelectionIndex() == 0
                    ? Classification.Method.QUANTILE : Classification.Method.EQUAL_INTERVAL, RAMPS[ramp.getSelectionIndex()]);
            case CATEGORIZED -> Classification.categorized(s, layer, field.getText(), Messages.other);
            default -> s.single();
        };
    }

    @Override
    protected void okPressed() {
        try {
            result = build();
        } catch (IllegalArgumentException e) {
            setErrorMessage(e.getMessage());
            return;
        }
        apply.accept(result);
        super.okPressed();
    }

    /** The style OK applied; null before OK (and after Cancel). */
    public Style getResult() {
        return result;
    }

    private static Group group(Composite parent, String text) {
        Group g = new Group(parent, SWT.NONE);
        g.setText(text);
        g.setLayout(new GridLayout(2, false));
        g.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        return g;
    }

    private static Spinner spinner(Composite parent, String text, String name, int min, int max, int digits, int value) {
        new Label(parent, SWT.NONE).setText(text);
        Spinner s = new Spinner(parent, SWT.BORDER);
        s.setDigits(digits);
        s.setValues(Math.max(min, Math.min(max, value)), min, max, digits, 1, 10);
        s.setData(WIDGET, name);
        s.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        return s;
    }

    private static Combo combo(Composite parent, String text, String name, String[] items) {
        new Label(parent, SWT.NONE).setText(text);
        // left to right even in an Arabic workbench: GTK clips the first letters of a read-only combo's text when
        // mirrored; the text itself still runs right to left
        Combo c = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN | SWT.LEFT_TO_RIGHT);
        c.setItems(items);
        c.setData(WIDGET, name);
        c.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        return c;
    }

    /** A colour: a swatch on a button that opens the system's colour chooser. */
    private void colourRow(Composite parent, String text, String name, boolean isFill) {
        new Label(parent, SWT.NONE).setText(text);
        Button b = new Button(parent, SWT.PUSH);
        b.setText(Messages.chooseColor);
        b.setData(WIDGET, name);
        b.setImage(swatch(isFill ? fill : stroke));
        b.addListener(SWT.Selection, e -> {
            ColorDialog chooser = new ColorDialog(getShell());
            java.awt.Color now = isFill ? fill : stroke;
            chooser.setRGB(new RGB(now.getRed(), now.getGreen(), now.getBlue()));
            RGB chosen = chooser.open();
            if (chosen != null) {
                setColour(isFill, new java.awt.Color(chosen.red, chosen.green, chosen.blue));
                b.setImage(swatch(isFill ? fill : stroke));
            }
        });
    }

    /** Sets the fill (or stroke) colour, as the colour chooser does. */
    void setColour(boolean isFill, java.awt.Color colour) {
        if (isFill) {
            fill = colour;
        } else {
            stroke = colour;
        }
    }

    private Image swatch(java.awt.Color c) {
        Image image = new Image(getShell().getDisplay(), 28, 14);
        GC gc = new GC(image);
        Color colour = new Color(c.getRed(), c.getGreen(), c.getBlue());
        gc.setBackground(colour);
        gc.fillRectangle(0, 0, 28, 14);
        gc.setForeground(getShell().getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        gc.drawRectangle(0, 0, 27, 13);
        gc.dispose();
        swatches.add(image);
        return image;
    }
}
