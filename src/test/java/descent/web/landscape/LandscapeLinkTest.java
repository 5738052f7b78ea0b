package descent.web.landscape;

import descent.core.landscape.LandscapeSurface;
import descent.core.optim.AveragingMode;
import descent.core.optim.OptimizerKind;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LandscapeLinkTest {
    @Test
    void roundTripKeepsEverySetting() {
        LandscapeLink l = new LandscapeLink();
        l.surface = LandscapeSurface.QUADRATIC;
        l.kappa = 50;
        l.hasStart = true;
        l.x = 1.25;
        l.y = -0.5;
        l.optimizers = new OptimizerKind[] {OptimizerKind.NESTEROV, OptimizerKind.LBFGS, OptimizerKind.SADDLE_FREE_NEWTON};
        l.steps = 2000;
        l.learningRate = 0.002;
        l.momentum = 0.95;
        l.noise = 0.3;
        l.clip = 0.5;
        l.averaging = AveragingMode.fromId("ema");
        l.net = "data%3Dspiral%26lanes%3D2";
        l.lane = "1";
        String hash = l.encode();
        LandscapeLink r = LandscapeLink.parse("#" + hash);
        assertTrue(r.notices.isEmpty(), r.notices.toString());
        assertEquals(hash, r.encode());
        assertEquals(50, r.kappa);
        assertEquals(1.25, r.x);
        assertEquals(-0.5, r.y);
        assertArrayEquals(l.optimizers, r.optimizers);
        assertEquals(2000, r.steps);
        assertEquals(0.002, r.learningRate);
        assertEquals(0.95, r.momentum);
        assertEquals(0.3, r.noise);
        assertEquals(0.5, r.clip);
        assertEquals(l.averaging, r.averaging);
        assertEquals("net=data%3Dspiral%26lanes%3D2&lane=1", r.netHash());
    }

    @Test
    void everySurfaceAndLessonRoundTrips() {
        for (LandscapeSurface s : LandscapeSurface.values()) {
            LandscapeLink l = new LandscapeLink();
            l.surface = s;
            LandscapeLink r = LandscapeLink.parse(l.encode());
            assertEquals(s, r.surface);
            assertTrue(r.notices.isEmpty(), r.notices.toString());
        }
        LandscapeLink lesson = LandscapeLink.parse("lesson=newton-saddle");
        assertEquals("newton-saddle", lesson.lesson);
        assertEquals(LandscapeSurface.SADDLE, lesson.surface);
        assertTrue(lesson.hasStart);
        assertEquals(lesson.encode(), LandscapeLink.parse(lesson.encode()).encode());
    }

    @Test
    void theNetworkLinkAloneKeepsDefaultsAndNoNotices() {
        LandscapeLink r = LandscapeLink.parse("#net=data%3Dspiral%26lanes%3D2&lane=1");
        assertTrue(r.notices.isEmpty());
        assertEquals(LandscapeSurface.QUADRATIC, r.surface);
        assertEquals("net=data%3Dspiral%26lanes%3D2&lane=1", r.netHash());
        assertEquals("", LandscapeLink.parse("").netHash());
    }

    @Test
    void hostileValuesKeepDefaultsWithNotices() {
        LandscapeLink d = new LandscapeLink();
        LandscapeLink r = LandscapeLink.parse("#surface=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&kappa=NaN"
                + "&steps=-5&lr=Infinity&momentum=7&noise=abc&clip=%ZZ&avg=__proto__&opt=evil,gd,gd&lesson=nope"
                + "&x=1e308&y=-1e308&unknown=1&&=&x&constructor=1");
        assertEquals(d.surface, r.surface);
        assertEquals(d.kappa, r.kappa);
        assertEquals(50, r.steps);
        assertEquals(d.learningRate, r.learningRate);
        assertEquals(0.99, r.momentum);
        assertEquals(d.noise, r.noise);
        assertEquals(d.clip, r.clip);
        assertEquals(d.averaging, r.averaging);
        assertArrayEquals(new OptimizerKind[] {OptimizerKind.GD}, r.optimizers);
        assertEquals("", r.lesson);
        assertTrue(r.x <= 10 && r.x > 0 && r.y < 0, r.x + ", " + r.y);
        assertTrue(r.notices.size() >= 8, r.notices.toString());
        assertTrue(String.join(" ", r.notices).contains("<img"), "the notice quotes the value as text");
        assertNull(r.net);
    }

    @Test
    void numbersSnapToTheControls() {
        LandscapeLink r = LandscapeLink.parse("kappa=47&lr=0.031&noise=0.2&clip=0.7&steps=450&opt=");
        assertEquals(50, r.kappa);
        assertEquals(0.03, r.learningRate);
        assertEquals(0.3, r.noise);
        assertEquals(0.5, r.clip);
        assertEquals(500, r.steps);
        assertEquals(0, r.optimizers.length, "an empty list is the page with no optimizer ticked");
        assertFalse(r.notices.isEmpty());
    }

    @Test
    void randomInputNeverThrowsAndAlwaysRoundTrips() {
        Random random = new Random(5);
        String alphabet = "=&%,+#.-0123456789eEaxyz\u00e9\u0000 ";
        String[] keys = {"surface=", "kappa=", "x=", "y=", "opt=", "steps=", "lr=", "momentum=", "noise=", "clip=",
            "avg=", "lesson=", "net=", "lane="};
        for (int t = 0; t < 3000; t++) {
            StringBuilder h = new StringBuilder();
            int n = random.nextInt(8);
            for (int i = 0; i < n; i++) {
                h.append(keys[random.nextInt(keys.length)]);
                int len = random.nextInt(8);
                for (int k = 0; k < len; k++) {
                    h.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                h.append('&');
            }
            LandscapeLink r = LandscapeLink.parse(h.toString());
            assertTrue(r.optimizers.length <= LandscapePage.MAX_RACERS);
            assertTrue(r.notices.size() <= 9);
            String once = r.encode();
            LandscapeLink again = LandscapeLink.parse(once);
            assertEquals(once, again.encode(), h.toString());
        }
        assertTrue(LandscapeLink.parse(new String(new char[5000]).replace('\0', 'a')).notices.size() == 1);
    }
}
