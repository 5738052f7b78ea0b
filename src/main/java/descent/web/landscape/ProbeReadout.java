package descent.web.landscape;

import descent.core.landscape.PointProbe;
import descent.web.dom.Dom;
import descent.web.view.Format;

/** The "At the pointer" panel: the probe's value, gradient, Newton step and curvature as text. */
final class ProbeReadout {
    private ProbeReadout() {
    }

    static void show(PointProbe probe) {
        Dom.setText("probe-point", pair(probe.x(), probe.y()));
        Dom.setText("probe-value", Format.significant(probe.value(), 4));
        Dom.setText("probe-grad", pair(probe.gradientX(), probe.gradientY()) + ", ‖g‖ = "
                + Format.significant(probe.gradientNorm(), 3));
        Dom.setText("probe-newton", pair(probe.newtonX(), probe.newtonY()));
        Dom.setText("probe-eigen", "λ₁ = " + Format.significant(probe.lambda1(), 4) + ", λ₂ = "
                + Format.significant(probe.lambda2(), 4));
        Dom.setText("probe-vectors", "v₁ = " + pair(probe.vector1X(), probe.vector1Y()) + ", v₂ = "
                + pair(probe.vector2X(), probe.vector2Y()));
        String kind = probe.kind().word();
        Dom.setText("probe-kind", probe.isCritical() ? kind + " (a critical point: g = 0)"
                : kind + " (curvature shaped like a " + kind + "; g ≠ 0)");
        Dom.byId("probe-kind").setAttribute("data-kind", kind);
        Dom.setText("probe-gg", Format.significant(probe.gTg(), 4));
        Dom.setText("probe-ghg", Format.significant(probe.gTHg(), 4));
        double eps = probe.optimalStep();
        Dom.setText("probe-step", eps - eps == 0 ? "ε* = " + Format.significant(eps, 4)
                : "none: gᵀHg ≤ 0, J falls without bound along −g in the quadratic model");
    }

    private static String pair(double a, double b) {
        return "(" + Format.significant(a, 3) + ", " + Format.significant(b, 3) + ")";
    }
}
