package org.nafitha.card;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.nafitha.capacity.CapacityAnalyzer;
import org.nafitha.capacity.CapacityResult;
import org.nafitha.card.CardResult.CenterCard;
import org.nafitha.card.CardResult.DimensionInfo;
import org.nafitha.card.CardResult.DimensionScore;
import org.nafitha.card.CardResult.GovernorateSummary;
import org.nafitha.card.CardResult.IndicatorInfo;
import org.nafitha.card.CardResult.IndicatorValue;
import org.nafitha.card.CardResult.NationalCard;
import org.nafitha.card.CardResult.Shortfall;
import org.nafitha.card.CardResult.Totals;
import org.nafitha.card.CardResult.UnservedZone;
import org.nafitha.core.AnalysisContext;
import org.nafitha.core.AnalysisRunner;
import org.nafitha.core.AnalyzerDescriptor;
import org.nafitha.coverage.CoverageAnalyzer;
import org.nafitha.coverage.CoverageResult;
import org.nafitha.coverage.Equity;
import org.nafitha.geo.CostTable;
import org.nafitha.model.CenterStatus;
import org.nafitha.model.Region;
import org.nafitha.model.Scenario;
import org.nafitha.model.ServiceCenter;

/**
 * Rates every open center (existing or planned) and sums up the network.
 *
 * <ol>
 * <li>Each indicator measures the center; a present value is scored 0–100 by its scoring function, a missing one
 * stays missing.</li>
 * <li>A dimension's score is the weighted mean of its scored indicators; with none scored it is missing.</li>
 * <li>The overall score is the weighted mean of the scored dimensions (weights renormalized over them); completeness
 * is the share of the total weight they carry. Below the settings' minimum completeness the center is not rated.</li>
 * <li>The rating is the scale's rating of the overall score; with the weakest-link rule it may not exceed the rating
 * of the weakest scored dimension (of weight more than 0) by more than one step.</li>
 * <li>What pulls a center down: the indicators losing the most points of overall score, (dimension's share of the
 * scored weight) × (indicator's share of its dimension's scored weight) × (100 − score).</li>
 * </ol>
 */
public final class CardEngine {

    private final CardCatalog catalog;

    public CardEngine(CardCatalog catalog) {
        this.catalog = catalog;
    }

    /**
     * Runs the coverage and capacity analyzers and those the indicators require ({@code <requires analyzer=".."/>}),
     * with what they require in turn, on the scenario, then the card. A required analyzer that no plugin contributes is
     * not run: the indicators that read it find no result and report their value missing.
     *
     * @param options the analyzers' options (e.g. {@code capacity.maxOccupancy})
     */
    public CardResult run(Scenario scenario, AnalysisRunner runner, Map<String, String> options, CardSettings settings,
            IProgressMonitor monitor) {
        return run(scenario, null, runner, options, settings, monitor);
    }

    /** As {@link #run(Scenario, AnalysisRunner, Map, CardSettings, IProgressMonitor)}, with travel costs from a table (null for none). */
    public CardResult run(Scenario scenario, CostTable costs, AnalysisRunner runner, Map<String, String> options, CardSettings settings,
            IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, "National card", 10);
        AnalysisContext context = runner.run(new AnalysisContext(scenario, options, costs), analyzers(runner), progress.split(8));
        return compute(new CardInput(scenario, context.results(), costs), settings, progress.split(2));
    }

    /**
     * The analyzers the card needs among those {@code runner} knows: coverage, capacity and those the indicators
     * require, in the runner's order (the runner adds what they require in turn).
     */
    public List<String> analyzers(AnalysisRunner runner) {
        List<String> wanted = new ArrayList<>(List.of(CoverageAnalyzer.ID, CapacityAnalyzer.ID));
        wanted.addAll(catalog.requiredAnalyzers());
        List<String> targets = new ArrayList<>();
        for (AnalyzerDescriptor d : runner.analyzers()) {
            if (wanted.contains(d.id())) {
                targets.add(d.id());
            }
        }
        return targets;
    }

    /** The card of the scenario from the results already in {@code input}. */
    public CardResult compute(CardInput input, CardSettings settings, IProgressMonitor monitor) {
        Scenario s = input.scenario();
        for (String id : settings.weights().keySet()) {
            if (catalog.dimensions().stream().noneMatch(d -> d.id().equals(id))) {
                throw new IllegalArgumentException("card weight for '" + id + "': no such dimension; known: "
                        + catalog.dimensions().stream().map(CardCatalog.Dimension::id).toList());
            }
        }
        double total = 0;
        List<DimensionInfo> dims = new ArrayList<>();
        Map<String, Double> weight = new LinkedHashMap<>();
        for (CardCatalog.Dimension d : catalog.dimensions()) {
            double w = settings.weights().getOrDefault(d.id(), d.weight());
            weight.put(d.id(), w);
            total += w;
        }
        if (!(total > 0)) {
            throw new IllegalArgumentException("card weights: expected at least one dimension with a weight more than 0");
        }
        for (CardCatalog.Dimension d : catalog.dimensions()) {
            dims.add(new DimensionInfo(d.id(), d.nameEn(), d.nameAr(), weight.get(d.id()), weight.get(d.id()) / total));
        }
        List<IndicatorInfo> infos = catalog.indicators().stream().map(i -> new IndicatorInfo(i.id(), i.nameEn(), i.nameAr(), i.dimension(),
                i.unit(), i.direction(), i.scoring().toString(), i.weight())).toList();

        List<ServiceCenter> open = s.getCenters().stream()
                .filter(c -> c.getStatus() == CenterStatus.EXISTING || c.getStatus() == CenterStatus.PLANNED).toList();
        SubMonitor progress = SubMonitor.convert(monitor, "Rating centers", open.size() + 1);
        List<CenterCard> cards = new ArrayList<>();
        for (ServiceCenter c : open) {
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            cards.add(card(input, c, weight, total, settings));
            progress.worked(1);
        }
        NationalCard national = national(input, cards, settings);
        progress.worked(1);
        return new CardResult(s.getCode(), s.getNameEn(), s.getNameAr(), dims, infos, settings.scale(), settings.weakestLink(), cards, national,
                ProgramFigures.of(s));
    }

    private CenterCard card(CardInput input, ServiceCenter c, Map<String, Double> weight, double total, CardSettings settings) {
        RatingScale scale = settings.scale();
        List<IndicatorValue> values = new ArrayList<>();
        List<DimensionScore> dimScores = new ArrayList<>();
        Map<String, Double> dimScore = new HashMap<>();
        Map<String, Double> dimIndicatorWeight = new HashMap<>();
        for (CardCatalog.Dimension d : catalog.dimensions()) {
            double sum = 0;
            double w = 0;
            int scored = 0;
            List<CardCatalog.Definition> defs = catalog.indicators(d.id());
            for (CardCatalog.Definition def : defs) {
                Measure m;
                try {
                    m = def.indicator().measure(input, c);
                } catch (RuntimeException e) {
                    throw new IllegalStateException("indicator " + def.id() + " failed at center " + c.getCode() + ": " + e.getMessage(), e);
                }
                if (m == null) {
                    throw new IllegalStateException("indicator " + def.id() + " returned nothing at center " + c.getCode()
                            + ": expected a value or Measure.missing(reason)");
                }
                if (m.isMissing()) {
                    values.add(new IndicatorValue(def.id(), null, null, m.missing(), null));
                    continue;
                }
                double score = def.scoring().score(m.value());
                values.add(new IndicatorValue(def.id(), m.value(), score, null, m.detail()));
                if (def.weight() > 0) {
                    sum += def.weight() * score;
                    w += def.weight();
                    scored++;
                }
            }
            Double score = w > 0 ? sum / w : null;
            if (score != null) {
                dimScore.put(d.id(), score);
                dimIndicatorWeight.put(d.id(), w);
            }
            dimScores.add(new DimensionScore(d.id(), score, score == null ? null : scale.rating(score), scored, defs.size()));
        }
        double present = 0;
        double sum = 0;
        for (Map.Entry<String, Double> e : dimScore.entrySet()) {
            double w = weight.get(e.getKey());
            present += w;
            sum += w * e.getValue();
        }
        double completeness = present / total;
        Double overall = null;
        Integer rating = null;
        Integer uncapped = null;
        String note = null;
        List<Shortfall> pullDown = new ArrayList<>();
        if (present > 0 && completeness + 1e-12 >= settings.minCompleteness()) {
            overall = sum / present;
            uncapped = scale.rating(overall);
            rating = uncapped;
            if (settings.weakestLink()) {
                String weakest = null;
                int weakestRating = Integer.MAX_VALUE;
                for (DimensionScore d : dimScores) {
                    if (d.score() != null && weight.get(d.id()) > 0 && d.rating() < weakestRating) {
                        weakestRating = d.rating();
                        weakest = d.id();
                    }
                }
                if (weakest != null && rating > weakestRating + 1) {
                    rating = weakestRating + 1;
                    note = String.format(Locale.ROOT, "weakest link: %s rates %d, so the center rates at most %d (its score alone gives %d)",
                            weakest, weakestRating, rating, uncapped);
                }
            }
            for (CardCatalog.Definition def : catalog.indicators()) {
                Double ds = dimScore.get(def.dimension());
                IndicatorValue v = values.stream().filter(x -> x.id().equals(def.id())).findFirst().orElseThrow();
                if (ds == null || v.isMissing() || def.weight() == 0) {
                    continue;
                }
                double lost = weight.get(def.dimension()) / present * def.weight() / dimIndicatorWeight.get(def.dimension()) * (100 - v.score());
                if (lost > 1e-9) {
                    pullDown.add(new Shortfall(def.id(), def.dimension(), v.score(), lost));
                }
            }
            pullDown.sort(Comparator.comparingDouble(Shortfall::pointsLost).reversed());
            if (pullDown.size() > 3) {
                pullDown = new ArrayList<>(pullDown.subList(0, 3));
            }
        } else {
            List<String> missing = dimScores.stream().filter(DimensionScore::isMissing).map(DimensionScore::id).toList();
            note = String.format(Locale.ROOT, "not rated: only %.0f%% of the weight has data (at least %.0f%% is needed); missing: %s",
                    100 * completeness, 100 * settings.minCompleteness(), String.join(", ", missing));
        }
        Region gov = CardInput.governorate(c.getRegion());
        return new CenterCard(c.getCode(), c.getNameEn(), c.getNameAr(), c.getKind().getName(), c.getStatus().getName(),
                gov == null ? null : gov.getCode(), values, dimScores, overall, rating, uncapped, completeness, note, List.copyOf(pullDown));
    }

    private NationalCard national(CardInput input, List<CenterCard> cards, CardSettings settings) {
        Scenario s = input.scenario();
        int[] counts = new int[settings.scale().levels()];
        int unrated = 0;
        double scoreSum = 0;
        for (CenterCard c : cards) {
            if (c.isRated()) {
                counts[c.rating() - 1]++;
                scoreSum += c.overall();
            } else {
                unrated++;
            }
        }
        int rated = cards.size() - unrated;
        Map<String, Double> meanDims = new LinkedHashMap<>();
        for (CardCatalog.Dimension d : catalog.dimensions()) {
            double sum = 0;
            int n = 0;
            for (CenterCard c : cards) {
                DimensionScore ds = c.dimension(d.id());
                if (ds != null && ds.score() != null) {
                    sum += ds.score();
                    n++;
                }
            }
            meanDims.put(d.id(), n == 0 ? null : sum / n);
        }

        // governorates: from the coverage zones, each zone's region up to its governorate
        Map<String, Region> regionByCode = new HashMap<>();
        for (Region r : s.getRegions()) {
            regionByCode.put(r.getCode(), r);
        }
        Map<String, long[]> govPop = new LinkedHashMap<>(); // population, covered
        Map<String, Double> govAccess = new HashMap<>();
        long population = 0;
        long unservedPopulation = 0;
        List<UnservedZone> unserved = new ArrayList<>();
        double zoneGini = Double.NaN;
        CoverageResult coverage = input.coverage().orElse(null);
        if (coverage != null) {
            zoneGini = coverage.equity().gini();
            for (CoverageResult.Zone z : coverage.zones()) {
                Region gov = CardInput.governorate(regionByCode.get(z.region()));
                String code = gov == null ? "?" : gov.getCode();
                long[] pc = govPop.computeIfAbsent(code, k -> new long[2]);
                pc[0] += z.population();
                pc[1] += z.coveredPopulation();
                govAccess.merge(code, z.access() * z.population(), Double::sum);
                population += z.population();
                if (!z.covered()) {
                    unservedPopulation += z.uncoveredPopulation();
                    unserved.add(new UnservedZone(z.code(), z.name(), code, z.uncoveredPopulation(), z.distanceKm(), z.travelMinutes(), z.nearestCenter()));
                }
            }
        }
        unserved.sort(Comparator.comparingLong(UnservedZone::population).reversed());
        List<GovernorateSummary> governorates = new ArrayList<>();
        double[] access = new double[govPop.size()];
        double[] pops = new double[govPop.size()];
        int k = 0;
        for (Map.Entry<String, long[]> e : govPop.entrySet()) {
            long pop = e.getValue()[0];
            double mean = pop == 0 ? 0 : govAccess.get(e.getKey()) / pop;
            access[k] = mean;
            pops[k++] = pop;
            Region gov = regionByCode.get(e.getKey());
            double sum = 0;
            int n = 0;
            int centers = 0;
            for (CenterCard c : cards) {
                if (e.getKey().equals(c.governorate())) {
                    centers++;
                    if (c.isRated()) {
                        sum += c.overall();
                        n++;
                    }
                }
            }
            governorates.add(new GovernorateSummary(e.getKey(), gov == null ? e.getKey() : gov.getNameEn(), gov == null ? e.getKey() : gov.getNameAr(),
                    pop, pop == 0 ? 0 : (double) e.getValue()[1] / pop, mean, centers, n == 0 ? null : sum / n));
        }
        double gini = governorates.isEmpty() ? Double.NaN : Equity.gini(access, pops);
        double theil = governorates.isEmpty() ? Double.NaN : Equity.theil(access, pops);

        Totals totals = null;
        CapacityResult capacity = input.capacity().orElse(null);
        if (capacity != null) {
            CapacityResult.Totals t = capacity.totals();
            totals = new Totals(capacity.centers().size(), t.requiredCounters(), t.existingCounters(), t.requiredStaff(), t.existingStaff(),
                    t.shortfall(), t.surplus(), t.annualVisits(), t.visitsSaved(), capacity.unservedVisits());
        }
        List<CenterCard> weakest = cards.stream().filter(CenterCard::isRated).sorted(Comparator.comparingDouble(CenterCard::overall)).limit(10).toList();
        return new NationalCard(counts, unrated, rated == 0 ? null : scoreSum / rated, population == 0 ? Double.NaN
                : (double) (population - unservedPopulation) / population, population, unservedPopulation, gini, theil, zoneGini,
                governorates, totals, weakest, unserved, meanDims);
    }
}
