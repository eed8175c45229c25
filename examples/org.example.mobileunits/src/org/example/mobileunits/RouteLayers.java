package org.example.mobileunits;

import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.nafitha.map.sources.LayerSource;
import org.nafitha.map.MapLayer;
import org.nafitha.map.Style;

/**
 * The mobile units' weekly routes on the map, when the plan is among the results: each day's tour (depot, stops, depot)
 * as a line, and each stop as a point coloured by its visit day and labelled with it.
 */
public final class RouteLayers implements LayerSource {

    static final Color[] DAY_COLORS = {new Color(0x1B9E77), new Color(0xD95F02), new Color(0x7570B3), new Color(0xE7298A), new Color(0x66A61E),
            new Color(0xE6AB02), new Color(0xA6761D)};

    @Override
    public List<MapLayer> layers(Input input) {
        if (!(input.results().get(MobileUnitsAnalyzer.ID) instanceof MobileUnitPlan plan) || plan.routes().isEmpty()) {
            return List.of();
        }
        GeometryFactory geometries = new GeometryFactory();
        List<MapLayer.MapFeature> tours = new ArrayList<>();
        List<MapLayer.MapFeature> stops = new ArrayList<>();
        for (MobileUnitPlan.Route r : plan.routes()) {
            for (MobileUnitPlan.Day d : r.days()) {
                List<Coordinate> line = new ArrayList<>();
                line.add(input.projector().point(r.depot().lon(), r.depot().lat()).getCoordinate());
                for (MobileUnitPlan.Place p : d.stops()) {
                    var at = input.projector().point(p.lon(), p.lat());
                    line.add(at.getCoordinate());
                    Map<String, Object> a = new LinkedHashMap<>();
                    a.put("code", p.code());
                    a.put("name", p.name());
                    a.put("route", r.id());
                    a.put("weekday", d.weekday());
                    a.put("population", p.population());
                    stops.add(new MapLayer.MapFeature(p.code(), at, a));
                }
                line.add(line.get(0));
                Map<String, Object> a = new LinkedHashMap<>();
                a.put("route", r.id());
                a.put("weekday", d.weekday());
                a.put("km", d.km());
                a.put("hours", d.hours());
                tours.add(new MapLayer.MapFeature(r.id() + "/" + d.weekday(), geometries.createLineString(line.toArray(Coordinate[]::new)), a));
            }
        }
        Map<String, Color> byDay = new LinkedHashMap<>();
        for (int i = 0; i < plan.settings().daysPerWeek(); i++) {
            byDay.put(RouteBuilder.WEEKDAYS.get(i), DAY_COLORS[i]);
        }
        return List.of(
                new MapLayer("org.example.mobileunits.tours", "Mobile units: weekly tours", new Style().stroke(new Color(0x6A1B9A), 2f).opacity(0.85),
                        tours),
                new MapLayer("org.example.mobileunits.stops", "Mobile units: stops by visit day", new Style().pointSize(10).stroke(Color.WHITE, 1f)
                        .categorized("weekday", byDay).label("weekday"), stops));
    }
}
