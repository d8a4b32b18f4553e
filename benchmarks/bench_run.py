"""One run with any solver settings, printing how the training energy and variance develop.

    python benchmarks/bench_run.py system=LiH optimizer=kfac lr=0.05 lr_delay=10000 max_norm=0.001 \
        max_cycle=3000 eval_cycle=1000

Arguments are `name=value` solver settings (Python literals), plus `system=` (a key of
../shared/reference_energies.json; default LiH). The network defaults to 'small'. Prints, per 100
iterations, the mean training energy minus exact (mHa) and the median per-iteration variance, then
e_tot +- e_err from the evaluation phase, the evaluation's mean variance and the timings, and the
training energy averaged over the last 1000 iterations (reblocked error): the measure the FermiNet
reference's published timings use (one-minute means of the training energy), to compare with e_tot
of the frozen-parameter evaluation.
"""

import sys
import time

import numpy as np

from pyscf_ferminet import FermiNet, stats

import reference  # benchmarks/reference.py, beside this script


def main():
    t0 = time.time()
    settings = reference.parse_settings(sys.argv[1:])
    system = str(settings.pop('system', 'LiH'))
    entry = reference.load()[system]
    mf = reference.run_scf(entry)
    settings.setdefault('network', 'small')
    fn = FermiNet(mf, verbose=0, **settings)
    fn.kernel()
    exact, h = entry['exact'], fn.e_hist
    for i in range(0, len(h), 100):
        e, v = h.energy[i:i + 100], h.variance[i:i + 100]
        print(f'  it {i:5d}-{i + len(e):5d}  E - exact {1000 * (e.mean() - exact):+8.2f} mHa  '
              f'median var {np.median(v):.5f}', flush=True)
    print(f'{system} {settings}: e_tot {fn.e_tot:.6f} +- {fn.e_err:.6f}  '
          f'({1000 * (fn.e_tot - exact):+.3f} mHa)  eval mean var {np.mean(fn.e_eval.variance):.5f}  '
          f'wall {time.time() - t0:.0f} s  timings {fn.timings}')
    last = h.energy[-1000:]
    tail = stats.reblock(last)
    print(f'training energy, last {len(last)} iterations: '
          f'{1000 * (tail.mean - exact):+.3f} +- {1000 * tail.error:.3f} mHa')


if __name__ == '__main__':
    main()
