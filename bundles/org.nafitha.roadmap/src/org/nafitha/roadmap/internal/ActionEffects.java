package org.nafitha.roadmap.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.nafitha.model.AccessibilityFeature;
import org.nafitha.model.CenterStatus;
import org.nafitha.model.Counter;
import org.nafitha.model.NafithaFactory;
import org.nafitha.model.RoadmapAction;
import org.nafitha.model.Scenario;
import org.nafitha.model.Service;
import org.nafitha.model.ServiceCenter;
import org.nafitha.model.ServiceChannel;

/**
 * What an action does to the scenario's state (a copy: the engine never changes the scenario it is given).
 * <ul>
 * <li>open: the new center joins the scenario's centers (or the named one becomes existing); close: closed;
 * relocate: the parameter's latitude,longitude;</li>
 * <li>add n counters: n counters handling every service the center offers, universal when the parameter says
 * {@code universal}; remove n: the last n, specialized ones first; convert n: n specialized counters become
 * universal;</li>
 * <li>hire n staff: staff + n; train universal employees, license providers: counted by the engine, no change here;</li>
 * <li>accessibility: the features named are added; offer or withdraw a service or a bundle's services (withdrawn ones
 * leave the counters too); a service's channel (parameter) or digital share (amount); opening hours (parameter);</li>
 * <li>a partnership changes the operating cost only (counted by the engine).</li>
 * </ul>
 */
public final class ActionEffects {

    private ActionEffects() {
    }

    public static void apply(Scenario s, RoadmapAction a) {
        ServiceCenter c = a.getCenter();
        int n = a.isSetAmount() ? (int) Math.round(a.getAmount()) : 0;
        switch (a.getKind()) {
            case OPEN_CENTER -> {
                ServiceCenter opened = a.getNewCenter() != null ? a.getNewCenter() : c;
                if (opened == null) {
                    return;
                }
                if (opened.eContainer() == a) {
                    s.getCenters().add(opened);
                }
                opened.setStatus(CenterStatus.EXISTING);
            }
            case CLOSE_CENTER -> c.setStatus(CenterStatus.CLOSED);
            case RELOCATE_CENTER -> {
                String[] p = a.getParameter().split(",");
                c.setLatitude(Double.parseDouble(p[0].strip()));
                c.setLongitude(Double.parseDouble(p[1].strip()));
            }
            case ADD_COUNTERS -> {
                boolean universal = "universal".equalsIgnoreCase(String.valueOf(a.getParameter()).strip());
                int next = c.getCounters().size() + 1;
                for (int i = 0; i < n; i++) {
                    Counter k = NafithaFactory.eINSTANCE.createCounter();
                    k.setCode(c.getCode() + "-" + a.getCode() + "-" + (next + i));
                    k.setUniversal(universal);
                    if (!universal) {
                        k.getServices().addAll(c.getServicesOffered());
                    }
                    c.getCounters().add(k);
                }
            }
            case REMOVE_COUNTERS -> {
                // the last specialized counters first, then the last universal ones
                List<Counter> order = new ArrayList<>(c.getCounters().stream().filter(k -> !k.isUniversal()).toList());
                Collections.reverse(order);
                List<Counter> universal = new ArrayList<>(c.getCounters().stream().filter(Counter::isUniversal).toList());
                Collections.reverse(universal);
                order.addAll(universal);
                c.getCounters().removeAll(order.subList(0, Math.min(n, order.size())));
            }
            case CONVERT_COUNTERS_UNIVERSAL -> {
                int done = 0;
                for (Counter k : c.getCounters()) {
                    if (done < n && !k.isUniversal()) {
                        k.setUniversal(true);
                        done++;
                    }
                }
            }
            case HIRE_STAFF -> c.setStaff(c.getStaff() + n);
            case ADD_ACCESSIBILITY -> {
                for (String f : a.getParameter().strip().split("[\\s;]+")) {
                    AccessibilityFeature feature = AccessibilityFeature.get(f);
                    if (feature != null && !c.getAccessibility().contains(feature)) {
                        c.getAccessibility().add(feature);
                    }
                }
            }
            case OFFER_SERVICE -> offer(c, List.of(a.getService()));
            case WITHDRAW_SERVICE -> withdraw(c, List.of(a.getService()));
            case OFFER_BUNDLE -> offer(c, a.getBundle().getServices());
            case WITHDRAW_BUNDLE -> withdraw(c, a.getBundle().getServices());
            case CHANGE_CHANNEL -> a.getService().setChannel(ServiceChannel.get(a.getParameter().strip()));
            case CHANGE_DIGITAL_SHARE -> a.getService().setDigitalShare(a.getAmount());
            case CHANGE_HOURS -> c.setOpeningHours(a.getParameter());
            default -> {
                // training, licences and partnerships change no object: the engine counts them
            }
        }
    }

    private static void offer(ServiceCenter c, List<Service> services) {
        for (Service s : services) {
            if (!c.getServicesOffered().contains(s)) {
                c.getServicesOffered().add(s);
            }
        }
    }

    private static void withdraw(ServiceCenter c, List<Service> services) {
        c.getServicesOffered().removeAll(services);
        for (Counter k : c.getCounters()) {
            k.getServices().removeAll(services);
        }
    }
}
