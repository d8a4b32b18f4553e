"""Seconds per training iteration of this package against the FermiNet reference implementation
(google-deepmind/ferminet, installed in its own virtual environment as ../shared/peers/README.md
describes), at the same settings, on the same machine.

    python benchmarks/bench_reference.py                   # H2O N2 H16 C6H6, 8 timed iterations
    python benchmarks/bench_reference.py --systems H8 H10 N2 --iters 12 --reference-laplacian folx

Both codes: the 'small' FermiNet ((64, 16) x 3 layers, 8 determinants over all electrons), 256
walkers, float32, 10 all-electron Metropolis moves per iteration, no pretraining, the geometries of
bench_scaling.py's `molecule()` (bohr; H chains 1.8 bohr apart), the walkers split over --devices
emulated host devices (XLA_FLAGS --xla_force_host_platform_device_count: the reference pmaps over
them, this package shards over them).

- reference: its command-line program in a subprocess, with its default optimiser (KFAC) and
  Laplacian (--reference-laplacian). Seconds per iteration: the median difference of the absl
  timestamps of consecutive "Step" lines of its log (each line is written once the step's loss has
  reached the host), over --iters steps after the first WARMUP_STEPS (compilation).
- this package: `bench_scaling.py --one` in a subprocess, with SPRING (the default) and KFAC: the
  median of --iters calls of the jitted training iteration after a first, compiling one.

Every configuration runs in its own process, interleaved per system (reference, ours SPRING, ours
KFAC), so that load on the machine touches all alike. The last lines fit seconds per iteration ~
electrons^k for each code (least squares in log-log over the systems measured).

This file is also the reference's config file: `ferminet --config bench_reference.py:SPEC`, SPEC =
"n_alpha,n_beta;Symbol x y z;Symbol x y z;..." with coordinates in bohr (`get_config`).
"""

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
REFERENCE_CLI = os.path.normpath(os.path.join(HERE, '..', '..', 'refvenv', 'bin', 'ferminet'))
MCMC_STEPS = 10          # Metropolis moves per iteration, both codes (this package's default)
WARMUP_STEPS = 3         # reference steps not timed: compilation happens in the first ones
STEP_LINE = re.compile(r'^I\d{4} (\d\d):(\d\d):(\d\d\.\d+) .*\] Step (\d+):')


def get_config(spec):
    """The reference's ConfigDict for the molecule SPEC (see the module docstring); imported by the
    reference's command-line program, in its own environment."""
    from ferminet import base_config
    from ferminet.utils import system
    electrons, *atoms = spec.split(';')
    cfg = base_config.default()
    cfg.system.electrons = tuple(int(n) for n in electrons.split(','))
    cfg.system.molecule = [system.Atom(symbol=symbol, coords=tuple(float(x) for x in xyz),
                                       units='bohr')
                           for symbol, *xyz in (atom.split() for atom in atoms)]
    return cfg


def molecule_spec(mol):
    """SPEC of a pyscf Mole: its spin populations and atoms in bohr, to full float precision."""
    atoms = [' '.join([mol.atom_pure_symbol(i)] + [repr(float(x)) for x in mol.atom_coord(i)])
             for i in range(mol.natm)]
    return ';'.join([f'{mol.nelec[0]},{mol.nelec[1]}'] + atoms)


def child_env(devices, keep_pythonpath):
    """This environment with --devices emulated host devices added to XLA_FLAGS."""
    env = dict(os.environ)
    flags = re.sub(r'--xla_force_host_platform_device_count=\d+', '', env.get('XLA_FLAGS', ''))
    env['XLA_FLAGS'] = f'{flags} --xla_force_host_platform_device_count={devices}'.strip()
    if not keep_pythonpath:     # the reference runs in its own environment
        env.pop('PYTHONPATH', None)
    return env


def step_seconds(log_text):
    """{step: seconds since the previous step's log line} from the reference's absl log."""
    stamps = {}
    for line in log_text.splitlines():
        match = STEP_LINE.match(line)
        if match:
            hours, minutes, seconds, step = match.groups()
            stamps[int(step)] = int(hours) * 3600 + int(minutes) * 60 + float(seconds)
    return {t: (stamps[t] - stamps[t - 1]) % 86400 for t in sorted(stamps) if t - 1 in stamps}


def run_reference(args, mol, hidden_dims, determinants):
    """(median seconds per iteration, error text or None) of the reference on mol."""
    with tempfile.TemporaryDirectory(prefix='ferminet_reference_') as save_path:
        settings = {
            'batch_size': args.nwalkers,
            'network.ferminet.hidden_dims': repr(tuple(tuple(d) for d in hidden_dims)),
            'network.determinants': determinants,
            'network.full_det': True,
            'mcmc.steps': MCMC_STEPS,
            'mcmc.burn_in': 1,                     # one iteration's worth of moves, untimed
            'pretrain.iterations': 0,
            'optim.iterations': WARMUP_STEPS + args.iters,
            'optim.laplacian': args.reference_laplacian,
            'log.save_path': save_path,
            'log.save_frequency': 1e6,             # minutes: no checkpoint among the timed steps
            'debug.deterministic': True,
        }
        command = ([args.reference_cli, f'--config={os.path.abspath(__file__)}:'
                    f'{molecule_spec(mol)}'] + [f'--config.{k}={v}' for k, v in settings.items()])
        out = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                             env=child_env(args.devices, keep_pythonpath=False))
    seconds = step_seconds(out.stdout)
    timed = [s for t, s in seconds.items() if t >= min(WARMUP_STEPS, max(seconds, default=0))]
    if out.returncode or not timed:
        lines = out.stdout.strip().splitlines() or ['no output']
        return float('nan'), f'exit {out.returncode}: {lines[-1][:200]}'
    return float(np.median(timed)), None


def run_ours(args, name, optimizer):
    """(median seconds per training iteration, error text or None) of this package on system name."""
    command = [sys.executable, os.path.join(HERE, 'bench_scaling.py'), '--one', name, args.network,
               'True', '--iters', str(args.iters), '--nwalkers', str(args.nwalkers),
               '--optimizer', optimizer]
    out = subprocess.run(command, capture_output=True, text=True,
                         env=child_env(args.devices, keep_pythonpath=True))
    if out.returncode:
        lines = out.stderr.strip().splitlines() or ['no output']
        return float('nan'), f'exit {out.returncode}: {lines[-1][:200]}'
    return json.loads(out.stdout.strip().splitlines()[-1])['train_s'], None


def main():
    p = argparse.ArgumentParser(description=__doc__.split('\n')[0],
                                formatter_class=argparse.RawDescriptionHelpFormatter,
                                epilog=__doc__.split('\n\n', 1)[1])
    p.add_argument('--systems', nargs='+', default=['H2O', 'N2', 'H16', 'C6H6'],
                   help='labels of bench_scaling.molecule(): Hn chains (H8, H10, H16, ...), LiH, '
                        'H2O, N2, CH4, C2H4, C4H6, C6H6')
    p.add_argument('--iters', type=int, default=8, help='timed iterations per run (default 8)')
    p.add_argument('--reference-only', action='store_true')
    p.add_argument('--ours-only', action='store_true')
    p.add_argument('--network', default='small', choices=['small', 'tiny'],
                   help="this package's network preset, given to both codes (default small)")
    p.add_argument('--nwalkers', type=int, default=256)
    p.add_argument('--devices', type=int, default=2, help='emulated host devices (default 2)')
    p.add_argument('--reference-laplacian', default='default', choices=['default', 'folx'],
                   help="the reference's optim.laplacian: 'default' (its default: the Hessian "
                        "diagonal by a loop of 3N forward-over-reverse products) or 'folx' (a "
                        "forward Laplacian, like this package)")
    p.add_argument('--reference-cli', default=REFERENCE_CLI,
                   help='the reference\'s "ferminet" program (default ../../refvenv/bin/ferminet)')
    args = p.parse_args()
    if args.reference_only and args.ours_only:
        p.error('--reference-only and --ours-only exclude each other')
    if args.iters < 1:
        p.error('--iters must be at least 1')

    import bench_scaling
    from pyscf_ferminet.settings import NETWORK_PRESETS
    preset = NETWORK_PRESETS[args.network]
    print(f"{args.network} network {preset['hidden_dims']}, {preset['determinants']} full "
          f'determinants, {args.nwalkers} walkers, {MCMC_STEPS} MCMC moves per iteration, '
          f'{args.devices} emulated devices, median of {args.iters} iterations; reference: KFAC, '
          f'laplacian={args.reference_laplacian}; load average at start '
          f'{os.getloadavg()[0]:.2f}')
    print('| system | electrons | ours SPRING s/iter | ours KFAC s/iter | reference s/iter | '
          'ours SPRING / reference |')
    print('|---|---:|---:|---:|---:|---:|')
    rows, failures = [], []
    for name in args.systems:
        mol = bench_scaling.molecule(name)
        row = dict(system=name, electrons=mol.nelectron, reference=np.nan, spring=np.nan,
                   kfac=np.nan)
        runs = []
        if not args.ours_only:
            runs.append(('reference', lambda: run_reference(args, mol, preset['hidden_dims'],
                                                            preset['determinants'])))
        if not args.reference_only:
            runs += [(opt, lambda opt=opt: run_ours(args, name, opt)) for opt in ('spring', 'kfac')]
        for key, run in runs:
            row[key], error = run()
            if error:
                failures.append(f'{name} {key}: {error}')
        rows.append(row)
        print(f"| {name} | {row['electrons']} | {row['spring']:.3f} | {row['kfac']:.3f} | "
              f"{row['reference']:.3f} | {row['spring'] / row['reference']:.2f} |", flush=True)
    for failure in failures:
        print('failed:', failure)
    print(f'load average at end {os.getloadavg()[0]:.2f}')
    for key, what in (('spring', 'ours SPRING'), ('kfac', 'ours KFAC'), ('reference', 'reference')):
        print(f'{what}: s/iter ~ electrons^k, k = {bench_scaling.fit_exponent(rows, key):.2f}')


if __name__ == '__main__':
    main()
