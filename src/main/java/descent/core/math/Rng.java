package descent.core.math;

/**
 * The one seeded random generator of the project (xoshiro128** on 32-bit ints).
 *
 * <p>Int-only on purpose: in TeaVM's JavaScript a {@code long} is a BigInt, several times slower, and the
 * same seed must give the same numbers on the JVM and in the page. State is four ints, so a generator can be
 * copied ({@link #copy()}) to replay a stream — the lanes of a comparison share their minibatch order that way.
 */
public final class Rng {
    private int s0, s1, s2, s3;
    private double spareGaussian;
    private boolean hasSpare;

    public Rng(int seed) {
        // splitmix32-style scrambling so that nearby seeds give unrelated streams and the state is never all 0.
        int z = seed;
        s0 = mix(z += 0x9E3779B9);
        s1 = mix(z += 0x9E3779B9);
        s2 = mix(z += 0x9E3779B9);
        s3 = mix(z + 0x9E3779B9);
        if ((s0 | s1 | s2 | s3) == 0) {
            s0 = 1;
        }
    }

    private Rng(Rng other) {
        s0 = other.s0;
        s1 = other.s1;
        s2 = other.s2;
        s3 = other.s3;
        spareGaussian = other.spareGaussian;
        hasSpare = other.hasSpare;
    }

    private static int mix(int z) {
        z = (z ^ (z >>> 16)) * 0x85EBCA6B;
        z = (z ^ (z >>> 13)) * 0xC2B2AE35;
        return z ^ (z >>> 16);
    }

    /** An independent generator with the same future stream. */
    public Rng copy() {
        return new Rng(this);
    }

    /** A child generator for a named purpose, so that adding draws to one purpose leaves others unchanged. */
    public Rng fork(int salt) {
        return new Rng(nextInt() ^ mix(salt));
    }

    /** 32 uniformly random bits. */
    public int nextInt() {
        int result = Integer.rotateLeft(s1 * 5, 7) * 9;
        int t = s1 << 9;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = Integer.rotateLeft(s3, 11);
        return result;
    }

    /** Uniform in [0, bound), bound &gt; 0, without modulo bias (rejects the incomplete last block). */
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive: " + bound);
        }
        while (true) {
            int r = nextInt() >>> 1;
            int v = r % bound;
            if (r - v + (bound - 1) >= 0) { // r lies in a complete block of size bound
                return v;
            }
        }
    }

    /** Uniform in [0, 1) with 53 random bits, built from two ints. */
    public double nextDouble() {
        int hi = nextInt() >>> 5; // 27 bits
        int lo = nextInt() >>> 6; // 26 bits
        return (hi * 67108864.0 + lo) * (1.0 / 9007199254740992.0);
    }

    /** Uniform in [a, b). */
    public double uniform(double a, double b) {
        return a + (b - a) * nextDouble();
    }

    /** Standard normal N(0, 1) by the polar Box–Muller method. */
    public double nextGaussian() {
        if (hasSpare) {
            hasSpare = false;
            return spareGaussian;
        }
        double u, v, s;
        do {
            u = 2 * nextDouble() - 1;
            v = 2 * nextDouble() - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        // StrictMath: the JVM's Math.log may differ from the browser's in the last bit; StrictMath matches it.
        double m = Math.sqrt(-2 * StrictMath.log(s) / s);
        spareGaussian = v * m;
        hasSpare = true;
        return u * m;
    }

    /** Fisher–Yates shuffle of a[0..n). */
    public void shuffle(int[] a, int n) {
        for (int i = n - 1; i > 0; i--) {
            int j = nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
