"""Noise of the nuclear force estimator, with and without the Assaraf-Caffarel zero-variance term.

    python benchmarks/bench_forces.py [--network tiny] [--cusps exact learned] [--max-cycle 400]

H2 at 1.4 bohr (cc-pVDZ), trained for max_cycle iterations; then dE/dR of the second H over
prop_cycle batches of the walkers, with the estimator `FermiNet.Gradients` uses (in float64, no
zero-variance term) and with the Assaraf-Caffarel term added (meant for cusp-free wavefunctions).
Both components printed should be zero within their 1-sigma errors (z: the bond is at about its
equilibrium length; x: symmetry).
"""

import argparse

from pyscf import gto, scf

from pyscf_ferminet import FermiNet, gradients


def main():
    p = argparse.ArgumentParser()
    p.add_argument('--network', default='tiny')
    p.add_argument('--cusps', nargs='+', default=['exact', 'learned'])
    p.add_argument('--max-cycle', type=int, default=400)
    p.add_argument('--prop-cycle', type=int, default=50)
    args = p.parse_args()
    mol = gto.M(atom='H 0 0 0; H 0 0 1.4', unit='bohr', basis='cc-pvdz', verbose=0)
    mf = scf.RHF(mol).run()
    print(f'H2, network={args.network}, 256 walkers, {args.prop_cycle} batches; Eh/bohr')
    print(f'{"cusp":>8} {"zero-variance term":>20} {"dE/dz(H2)":>18} {"dE/dx(H2)":>18}')
    for cusp in args.cusps:
        fn = FermiNet(mf, network=args.network, cusp=cusp, max_cycle=args.max_cycle, eval_cycle=100,
                      pretrain_cycle=100, prop_cycle=args.prop_cycle, verbose=0, seed=0)
        fn.kernel()
        for zv in (False, True):
            charges = fn.system.charges if zv else None
            batches = gradients.float64_batches(
                fn, lambda model, c=charges: gradients.make_force_estimator(
                    model.ansatz.log_psi, model.local_energy, c),
                f'bench-forces-{zv}', stream=3)
            de, err, _ = gradients.gradient_from_batches(batches)
            name = 'Assaraf-Caffarel' if zv else 'none (Gradients)'
            print(f'{cusp:>8} {name:>20} {de[1, 2]:+9.4f} +- {err[1, 2]:.4f} {de[1, 0]:+9.4f} +- '
                  f'{err[1, 0]:.4f}', flush=True)


if __name__ == '__main__':
    main()
