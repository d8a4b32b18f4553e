"""Psiformer against FermiNet: parameters, seconds per iteration, peak memory, and optionally the energy.

    python benchmarks/bench_psiformer.py [--systems LiH N2] [--presets small default]
        [--ansatzes ferminet psiformer] [--iters 5] [--repeats 2] [--nwalkers 256]
        [--train 0] [--seed 0]
    python benchmarks/bench_psiformer.py --minutes 5 --systems LiH --presets small [--seeds 0 1 2]

Every configuration runs in its own process (so its peak memory is its own), and the configurations
are interleaved over `--repeats` rounds (A B A B ...): on a shared machine the ratios and medians are
the numbers to quote. s/iter is the median over rounds of the mean wall time of `--iters` jitted
training iterations (SPRING, 10 MCMC steps, float32, all devices) after compilation; peak MB the
largest resident set of the rounds. `explicit` counts the weights outside the factored Jacobian
(`taps.explicit_weights`; their per-walker gradients are formed explicitly). With `--train N` each
configuration is also trained for N iterations from pretraining (200 steps), and the mean training
energy of the last N/5 iterations is given against the exact energy of ../shared/reference_energies.json
(a few hundred iterations say little about the final accuracy; see the benchmarks README).
With `--minutes M` each ansatz instead runs for M minutes of wall time per seed (the optimisation
stops by `max_time` at what is left after SCF, compilation and pretraining, less an estimate of the
evaluation), and the evaluated energy with its error is compared.
"""

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def measure(system, ansatz, preset, iters, nwalkers, train, seed, minutes=0.0, eval_cycle=500):
    """One configuration in this process: a dict of its numbers."""
    t0 = time.time()
    import jax
    import numpy as np

    sys.path.insert(0, HERE)
    import bench_speed
    import reference
    from pyscf_ferminet import FermiNet, driver, taps

    entry = reference.load()[system]
    mf = reference.run_scf(entry)
    fn = FermiNet(mf, ansatz=ansatz, network=preset, nwalkers=nwalkers, pretrain_cycle=0, burn_in=10,
                  seed=seed, verbose=0)
    fn.build()
    sec, nparams = bench_speed.time_iterations(fn, iters)
    params = jax.eval_shape(lambda k: driver.Model(fn).ansatz.init(k), jax.random.PRNGKey(0))
    out = {'system': system, 'ansatz': ansatz, 'preset': preset, 'sec': sec,
           'params': nparams,
           'explicit': len(taps.explicit_weights(params)),
           'peak_mb': resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}
    if minutes:
        # Equal wall time: the optimisation stops by `max_time` at the budget left after what this
        # process has spent and what pretraining (200 steps) and evaluation are estimated to take (an
        # evaluation iteration costs about half of a training one).
        spent = time.time() - t0 + sec * (200 / 5 + eval_cycle / 2)
        run = FermiNet(mf, ansatz=ansatz, network=preset, nwalkers=nwalkers, max_cycle=10**7,
                       max_time=max(minutes * 60 - spent, 10.0), eval_cycle=eval_cycle, seed=seed,
                       verbose=0).run()
        out.update(energy=run.e_tot, e_err=run.e_err, error_mha=1000 * (run.e_tot - entry['exact']),
                   train_iters=len(run.e_hist), wall_s=time.time() - t0)
    elif train:
        run = FermiNet(mf, ansatz=ansatz, network=preset, nwalkers=nwalkers, max_cycle=train,
                       eval_cycle=1, seed=seed, verbose=0).run()
        tail = run.e_hist.energy[-max(train // 5, 1):]
        out.update(energy=float(np.mean(tail)), error_mha=1000 * (float(np.mean(tail)) - entry['exact']),
                   train_s=run.timings['train'])
    return out


def in_child(config, args, seed, *extra):
    """measure() of one (system, ansatz, preset) in a fresh process (its own peak memory): its dict."""
    cmd = [sys.executable, os.path.abspath(__file__), '--one', ','.join(config), '--iters', str(args.iters),
           '--nwalkers', str(args.nwalkers), '--seed', str(seed), *extra]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode:
        raise RuntimeError(f'{" ".join(cmd)} failed:\n{proc.stderr[-3000:]}')
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument('--systems', nargs='+', default=['LiH', 'N2'])
    p.add_argument('--presets', nargs='+', default=['small', 'default'])
    p.add_argument('--ansatzes', nargs='+', default=['ferminet', 'psiformer'])
    p.add_argument('--iters', type=int, default=5)
    p.add_argument('--repeats', type=int, default=2)
    p.add_argument('--nwalkers', type=int, default=256)
    p.add_argument('--train', type=int, default=0)
    p.add_argument('--seed', type=int, default=0)
    p.add_argument('--minutes', type=float, default=0.0)
    p.add_argument('--seeds', type=int, nargs='+', default=[0, 1, 2])
    p.add_argument('--eval-cycle', type=int, default=500)
    p.add_argument('--one', help=argparse.SUPPRESS)      # system,ansatz,preset: measure in this process
    args = p.parse_args()
    if args.one:
        system, ansatz, preset = args.one.split(',')
        print(json.dumps(measure(system, ansatz, preset, args.iters, args.nwalkers, args.train,
                                 args.seed, args.minutes, args.eval_cycle)))
        return
    if args.minutes:
        equal_wall_time(args)
        return
    configs = [(s, a, n) for s in args.systems for n in args.presets for a in args.ansatzes]
    results = {c: [] for c in configs}
    for r in range(args.repeats):
        for c in configs:
            results[c].append(in_child(c, args, args.seed, '--train', str(args.train if r == 0 else 0)))
            print(f'# round {r + 1}: {" ".join(c)} {results[c][-1]["sec"]:.3f} s/iter', file=sys.stderr,
                  flush=True)
    print(f'{args.nwalkers} walkers, SPRING, float32, s/iter = median over {args.repeats} interleaved '
          f'rounds of {args.iters} iterations; ratio = Psiformer / FermiNet of the same preset and system')
    head = (f'{"system":>6} {"preset":>8} {"ansatz":>10} {"params":>9} {"explicit":>8} {"s/iter":>8} '
            f'{"ratio":>6} {"peak MB":>8}')
    if args.train:
        head += f' {"E (last 20%)":>13} {"-exact mHa":>10}'
    print(head)
    for c in configs:
        rows = results[c]
        sec = statistics.median(r['sec'] for r in rows)
        base = (c[0], 'ferminet', c[2])
        ratio = sec / statistics.median(r['sec'] for r in results[base]) if base in results else float('nan')
        line = (f'{c[0]:>6} {c[2]:>8} {c[1]:>10} {rows[0]["params"]:>9d} {rows[0]["explicit"]:>8d} '
                f'{sec:8.3f} {ratio:6.2f} {max(r["peak_mb"] for r in rows):8.0f}')
        if args.train:
            line += f' {rows[0]["energy"]:13.5f} {rows[0]["error_mha"]:10.1f}'
        print(line, flush=True)


def equal_wall_time(args):
    """Each ansatz trained for the same wall time, per system, preset and seed (seeds interleaved)."""
    print(f'{args.minutes:g} minutes per run (SCF, compilation, pretraining 200, training, evaluation '
          f'{args.eval_cycle}), {args.nwalkers} walkers, SPRING, float32')
    print(f'{"system":>6} {"preset":>8} {"ansatz":>10} {"seed":>4} {"iterations":>10} {"E (Ha)":>12} '
          f'{"err":>8} {"-exact mHa":>10} {"wall s":>7}')
    for system in args.systems:
        for preset in args.presets:
            for seed in args.seeds:
                for ansatz in args.ansatzes:
                    r = in_child((system, ansatz, preset), args, seed, '--minutes', str(args.minutes),
                                 '--eval-cycle', str(args.eval_cycle))
                    print(f'{system:>6} {preset:>8} {ansatz:>10} {seed:>4d} {r["train_iters"]:>10d} '
                          f'{r["energy"]:12.5f} {r["e_err"]:8.5f} {r["error_mha"]:10.2f} {r["wall_s"]:7.0f}',
                          flush=True)


if __name__ == '__main__':
    main()
