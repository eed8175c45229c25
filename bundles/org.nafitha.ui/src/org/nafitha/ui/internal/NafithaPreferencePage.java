package org.nafitha.ui.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.nafitha.model.AreaType;
import org.nafitha.model.CoverageThreshold;
import org.nafitha.model.DistanceModel;
import org.nafitha.model.NafithaFactory;
import org.nafitha.model.NafithaPackage;
import org.nafitha.model.PlanningParameters;
import org.nafitha.ui.NafithaUi;
import org.nafitha.ui.ScenarioSession;

/**
 * Window → Preferences → Nafitha: the workbench's language (from the next start; the launcher reads
 * {@code ~/.nafitha/language} when no {@code --lang} is given), and the open scenario's distance model and coverage
 * thresholds by area type, changed as one undoable command.
 */
public final class NafithaPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

    /** Where the language chosen here is kept for the launcher. */
    public static Path languageFile() {
        return Path.of(System.getProperty("user.home"), ".nafitha", "language");
    }

    private static final DistanceModel[] MODELS = { DistanceModel.GREAT_CIRCLE, DistanceModel.DETOUR, DistanceModel.PROJECTED };

    private Combo language;
    private Combo model;
    private Text detour;
    private final Map<AreaType, Text[]> thresholds = new EnumMap<>(AreaType.class);

    @Override
    public void init(IWorkbench workbench) {
        noDefaultAndApplyButton();
    }

    @Override
    protected Control createContents(Composite parent) {
        Composite c = new Composite(parent, SWT.NONE);
        c.setLayout(new GridLayout(2, false));
        new Label(c, SWT.NONE).setText(Messages.Prefs_language);
        language = new Combo(c, SWT.READ_ONLY);
        language.setItems(Messages.Prefs_languageSystem, "العربية", "English");
        language.select(switch (currentLanguage()) {
        case "ar" -> 1;
        case "en" -> 2;
        default -> 0;
        });
        Label note = new Label(c, SWT.WRAP);
        note.setText(Messages.Prefs_languageNote);
        GridDataFactory.fillDefaults().span(2, 1).hint(420, SWT.DEFAULT).applyTo(note);

        PlanningParameters p = NafithaUi.getDefault().getScenario().getParameters();
        Group g = new Group(c, SWT.NONE);
        g.setText(NLS.bind(Messages.Prefs_scenario, ScenarioLabels.name(NafithaUi.getDefault().getScenario())));
        g.setLayout(new GridLayout(4, false));
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(g);
        new Label(g, SWT.NONE).setText(Messages.Prefs_distanceModel);
        model = new Combo(g, SWT.READ_ONLY);
        for (DistanceModel m : MODELS) {
            model.add(m.getLiteral());
        }
        GridDataFactory.fillDefaults().span(3, 1).applyTo(model);
        new Label(g, SWT.NONE).setText(Messages.Prefs_detour);
        detour = new Text(g, SWT.BORDER);
        GridDataFactory.fillDefaults().span(3, 1).hint(80, SWT.DEFAULT).applyTo(detour);
        new Label(g, SWT.NONE).setText(Messages.Prefs_areaType);
        new Label(g, SWT.NONE).setText(Messages.Prefs_maxKm);
        new Label(g, SWT.NONE).setText(Messages.Prefs_maxMinutes);
        new Label(g, SWT.NONE).setText(Messages.Prefs_speed);
        for (AreaType type : AreaType.values()) {
            new Label(g, SWT.NONE).setText(ScenarioLabels.areaType(type));
            Text[] fields = new Text[3];
            CoverageThreshold t = p == null ? null : threshold(p, type);
            for (int i = 0; i < 3; i++) {
                fields[i] = new Text(g, SWT.BORDER);
                GridDataFactory.fillDefaults().hint(70, SWT.DEFAULT).applyTo(fields[i]);
                fields[i].setText(t == null ? "" : number(i == 0 ? t.getMaxDistanceKm() : i == 1 ? t.getMaxTravelMinutes() : t.getSpeedKmh()));
                fields[i].addModifyListener(e -> validate());
            }
            thresholds.put(type, fields);
        }
        if (p != null) {
            int index = Arrays.asList(MODELS).indexOf(p.getDistanceModel());
            model.select(Math.max(0, index));
            detour.setText(number(p.getDetourFactor()));
        }
        detour.addModifyListener(e -> validate());
        g.setEnabled(p != null);
        return c;
    }

    private static CoverageThreshold threshold(PlanningParameters p, AreaType type) {
        return p.getCoverageThresholds().stream().filter(t -> t.getAreaType() == type).findFirst().orElse(null);
    }

    private static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    private static String currentLanguage() {
        try {
            return Files.isRegularFile(languageFile()) ? Files.readString(languageFile(), StandardCharsets.UTF_8).trim() : "";
        } catch (IOException e) {
            return "";
        }
    }

    /** A number 0 or more (blank is 0: no limit); null when the text is not one. */
    private static Double parse(String text) {
        if (text.isBlank()) {
            return 0.0;
        }
        try {
            double v = Double.parseDouble(text.trim());
            return v >= 0 && Double.isFinite(v) ? v : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private boolean validate() {
        Double d = parse(detour.getText());
        if (d == null || d < 1) {
            setErrorMessage(NLS.bind(Messages.Prefs_badDetour, detour.getText()));
            setValid(false);
            return false;
        }
        for (Map.Entry<AreaType, Text[]> e : thresholds.entrySet()) {
            for (Text t : e.getValue()) {
                if (parse(t.getText()) == null) {
                    setErrorMessage(NLS.bind(Messages.Prefs_badNumber, e.getKey().getLiteral(), t.getText()));
                    setValid(false);
                    return false;
                }
            }
        }
        setErrorMessage(null);
        setValid(true);
        return true;
    }

    @Override
    public boolean performOk() {
        if (!validate()) {
            return false;
        }
        String lang = switch (language.getSelectionIndex()) {
        case 1 -> "ar";
        case 2 -> "en";
        default -> "";
        };
        try {
            if (lang.isEmpty()) {
                Files.deleteIfExists(languageFile());
            } else {
                Files.createDirectories(languageFile().getParent());
                Files.writeString(languageFile(), lang + "\n", StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            setErrorMessage(languageFile() + ": " + e.getMessage());
            return false;
        }
        ScenarioSession session = NafithaUi.getDefault().getSession();
        PlanningParameters p = session.scenario().getParameters();
        if (p == null) {
            return true;
        }
        EditingDomain domain = session.domain();
        CompoundCommand c = new CompoundCommand(Messages.Prefs_command);
        DistanceModel m = MODELS[Math.max(0, model.getSelectionIndex())];
        if (m != p.getDistanceModel()) {
            c.append(SetCommand.create(domain, p, NafithaPackage.Literals.PLANNING_PARAMETERS__DISTANCE_MODEL, m));
        }
        double factor = parse(detour.getText());
        if (factor != p.getDetourFactor()) {
            c.append(SetCommand.create(domain, p, NafithaPackage.Literals.PLANNING_PARAMETERS__DETOUR_FACTOR, factor));
        }
        for (Map.Entry<AreaType, Text[]> e : thresholds.entrySet()) {
            double km = parse(e.getValue()[0].getText());
            double minutes = parse(e.getValue()[1].getText());
            double speed = parse(e.getValue()[2].getText());
            CoverageThreshold t = threshold(p, e.getKey());
            if (t == null) {
                if (km == 0 && minutes == 0 && speed == 0) {
                    continue;
                }
                t = NafithaFactory.eINSTANCE.createCoverageThreshold();
                t.setAreaType(e.getKey());
                t.setMaxDistanceKm(km);
                t.setMaxTravelMinutes(minutes);
                t.setSpeedKmh(speed);
                c.append(AddCommand.create(domain, p, NafithaPackage.Literals.PLANNING_PARAMETERS__COVERAGE_THRESHOLDS, t));
                continue;
            }
            if (km != t.getMaxDistanceKm()) {
                c.append(SetCommand.create(domain, t, NafithaPackage.Literals.COVERAGE_THRESHOLD__MAX_DISTANCE_KM, km));
            }
            if (minutes != t.getMaxTravelMinutes()) {
                c.append(SetCommand.create(domain, t, NafithaPackage.Literals.COVERAGE_THRESHOLD__MAX_TRAVEL_MINUTES, minutes));
            }
            if (speed != t.getSpeedKmh()) {
                c.append(SetCommand.create(domain, t, NafithaPackage.Literals.COVERAGE_THRESHOLD__SPEED_KMH, speed));
            }
        }
        if (!c.isEmpty()) {
            session.execute(c);
        }
        return true;
    }

    /** For tests: the fields of an area type (max km, max minutes, speed) and the detour factor. */
    public Text[] thresholdFields(AreaType type) {
        return thresholds.get(type);
    }

    public Text detourField() {
        return detour;
    }
}
