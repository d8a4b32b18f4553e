"""What reusing the SCF buys: envelopes initialised from the SCF orbitals, and pretraining.

    python benchmarks/bench_scf_reuse.py [--systems LiH Be] [--max-cycle 600] [--network small] [--seeds 0 1 2]
                                      [--starts plain scf pretrain scf+pretrain]

For each system and each start
    plain         unit envelopes, no pretraining
    scf           SCF envelopes, no pretraining
    pretrain      unit envelopes + pretraining
    scf+pretrain  SCF envelopes + pretraining (the default)
prints the pretraining loss at the end of pretraining, the mean training energy over iterations
180-200 and over the last 50, and the first iteration and wall time at which a 20-iteration running
mean of the training energy comes within 10 mHa and within 2 mHa of exact. With several seeds, each
cell is the mean over seeds (a seed that never gets there counts as max_cycle), a line per start
gives each seed, and a last line gives the iterations to 10 and 2 mHa as mean +- standard error over
seeds and as read off the seed-averaged energy trace (averaging seeds removes the 3-5 mHa scatter of
one run's 20-iteration means), plus that trace in 50-iteration windows.
"""

import argparse

import numpy as np

from pyscf_ferminet import FermiNet

import reference  # benchmarks/reference.py, beside this script

STARTS = {'plain': dict(scf_envelopes=False, pretrain_cycle=0),
          'scf': dict(scf_envelopes=True, pretrain_cycle=0),
          'pretrain': dict(scf_envelopes=False, pretrain_cycle=200),
          'scf+pretrain': dict(scf_envelopes=True, pretrain_cycle=200)}


def first_within(energies, exact, tol, window=20):
    run = np.convolve(energies, np.ones(window) / window, mode='valid')
    hit = np.nonzero(run - exact < tol)[0]
    return int(hit[0]) + window if hit.size else None


def main():
    p = argparse.ArgumentParser()
    p.add_argument('--systems', nargs='+', default=['LiH', 'Be'])
    p.add_argument('--max-cycle', type=int, default=600)
    p.add_argument('--network', default='small')
    p.add_argument('--nwalkers', type=int, default=256)
    p.add_argument('--seeds', type=int, nargs='+', default=[0])
    p.add_argument('--starts', nargs='+', default=list(STARTS), choices=list(STARTS))
    args = p.parse_args()
    ref = reference.load()
    print(f'network={args.network} nwalkers={args.nwalkers} max_cycle={args.max_cycle}')
    print(f'{"system":>6} {"start":>13} {"pre loss":>9} {"E(180-200)":>11} {"E(last 50)":>11} {"it 10mHa":>8} '
          f'{"s 10mHa":>8} {"it 2mHa":>8} {"s 2mHa":>8}')
    for name in args.systems:
        entry = ref[name]
        mf = reference.run_scf(entry)
        for start in args.starts:
            kw = STARTS[start]
            rows, traces = [], []
            for seed in args.seeds:
                fn = FermiNet(mf, network=args.network, nwalkers=args.nwalkers, max_cycle=args.max_cycle,
                              eval_cycle=1, seed=seed, verbose=0, **kw)
                fn.kernel()
                t_iter = fn.timings['train'] / args.max_cycle
                t_start = fn.timings.get('pretrain', 0.0)
                e = fn.e_hist.energy
                traces.append(np.asarray(e))
                loss = fn.pretrain_loss[-10:].mean() if fn.pretrain_loss.size else float('nan')
                row = [loss, e[180:200].mean(), e[-50:].mean()]
                for tol in (0.010, 0.002):
                    it = first_within(e, entry['exact'], tol)
                    it = args.max_cycle if it is None else it
                    row += [it, t_start + it * t_iter]
                rows.append(row)
            rows = np.array(rows)
            mean = rows.mean(axis=0)
            print(f'{name:>6} {start:>13} {mean[0]:9.4f} {mean[1]:11.5f} {mean[2]:11.5f} {mean[3]:8.0f} '
                  f'{mean[4]:8.0f} {mean[5]:8.0f} {mean[6]:8.0f}', flush=True)
            if len(args.seeds) > 1:
                per_seed = ' '.join(f'{r[1]:.5f}/{r[2]:.5f}/{r[3]:.0f}/{r[5]:.0f}' for r in rows)
                print(f'{"":>6} {"":>13} per seed (E(180-200)/E(last 50)/it 10mHa/it 2mHa): {per_seed}',
                      flush=True)
                sem = rows.std(axis=0, ddof=1) / np.sqrt(len(rows))
                avg = np.mean(traces, axis=0)
                hits = [first_within(avg, entry['exact'], tol) for tol in (0.010, 0.002)]
                windows = ' '.join(f'{1000 * (avg[i:i + 50].mean() - entry["exact"]):+.1f}'
                                   for i in range(0, len(avg), 50))
                print(f'{"":>6} {"":>13} it 10 mHa {mean[3]:.0f} +- {sem[3]:.0f}, it 2 mHa {mean[5]:.0f} +- '
                      f'{sem[5]:.0f}; seed-averaged trace: {hits[0]} / {hits[1]}; its 50-iteration '
                      f'windows - exact (mHa): {windows}', flush=True)


if __name__ == '__main__':
    main()
