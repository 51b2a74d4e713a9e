/* The arithmetic ceiling of this machine for the speed benchmark's "share of the floor": fused
 * multiply-adds on 16-float vectors, 12 independent chains per thread (enough to hide the FMA latency),
 * on every OpenMP thread at once. Prints GFLOP/s (2 per multiply-add). mnist_speed.sh compiles it with
 * -march=native, so it measures the widest vectors the processor has.
 * Usage: fma_peak [THREADS] */
#include <omp.h>
#include <stdio.h>
#include <stdlib.h>

typedef float vec __attribute__((vector_size(64)));
enum { chains = 12, rounds = 50000000 / chains };

int main(int argc, char** argv) {
    if (argc > 1) omp_set_num_threads(atoi(argv[1]));
    double seconds = 0.0, flop = 0.0, sink = 0.0;
#pragma omp parallel reduction(+ : sink)
    {
        vec acc[chains], a, b;
        for (int i = 0; i < 16; ++i) a[i] = 0.999999f, b[i] = 1e-7f;
        for (int c = 0; c < chains; ++c) acc[c] = a * (float)c;
#pragma omp barrier
        const double start = omp_get_wtime();
        for (long r = 0; r < rounds; ++r)
#pragma GCC unroll 12 /* the chains in registers, not in memory */
            for (int c = 0; c < chains; ++c) acc[c] = acc[c] * a + b;
        const double took = omp_get_wtime() - start;
        for (int c = 0; c < chains; ++c) sink += acc[c][0];
#pragma omp critical
        {
            if (took > seconds) seconds = took;
            flop += 2.0 * 16 * chains * (double)rounds;
        }
    }
    printf("%.1f GFLOP/s (%d threads; checksum %g)\n", flop / seconds / 1e9, omp_get_max_threads(), sink);
    return 0;
}
