"""An ASE calculator on top of FermiNet: energies, forces and dipoles with error bars, in ASE units.

    from ase.build import molecule
    from pyscf_ferminet.ase import FermiNetCalculator
    atoms = molecule('H2')
    atoms.calc = FermiNetCalculator(basis='cc-pvdz', network='small', max_cycle=1000, scan_cycle=200)
    atoms.get_potential_energy()      # eV; atoms.info['energy_error'] in eV

The first geometry is a full FermiNet run; every later one warm-starts from the last (the solver's
scanner: same network parameters, walkers moved with their nuclei, `scan_cycle` iterations). This is
the only module that uses eV and Angstrom: the solver works in hartree and bohr.
"""

from __future__ import annotations

import numpy as np
from ase.calculators.calculator import Calculator, all_changes
from pyscf.data.nist import AU2DEBYE, BOHR, HARTREE2EV

from pyscf_ferminet import system as system_mod

EV_PER_ANGSTROM = HARTREE2EV / BOHR        # (hartree/bohr) -> (eV/Angstrom)


class FermiNetCalculator(Calculator):
    """ASE calculator: 'energy' (eV), 'forces' (eV/Angstrom), 'dipole' (e Angstrom).

    Args:
        charge, spin: total charge and 2S of the molecule.
        basis: the SCF basis (envelope initialisation, pretraining, AO density matrix).
        ecp: effective core potential as PySCF takes it (e.g. 'ccecp' with basis='ccecp-cc-pvdz';
            None: all-electron). Energies and dipoles are then of the valence electrons and the
            effective nuclear charges; forces include the ECP's derivative terms.
        **solver_settings: FermiNet attributes (network, nwalkers, max_cycle, scan_cycle, ...).

    Results besides ASE's: results['energy_error'] (eV), results['forces_error'] (eV/Angstrom),
    results['dipole_error'] (e Angstrom); the same keys go to atoms.info of the atoms calculated.
    `solver` is the FermiNet scanner (None before the first calculation).
    """

    implemented_properties = ['energy', 'forces', 'dipole']

    def __init__(self, charge=0, spin=0, basis='cc-pvdz', atoms=None, label='FermiNet', ecp=None,
                 **solver_settings):
        Calculator.__init__(self, label=label, atoms=atoms)
        self.charge, self.spin, self.basis, self.ecp = charge, spin, basis, ecp
        self.solver_settings = dict(solver_settings)
        self.solver = None

    def _solver_for(self, mol):
        if self.solver is None:
            from pyscf_ferminet import FermiNet
            fn = FermiNet(mol, **self.solver_settings)
            self.solver = fn.as_scanner()
        return self.solver

    def calculate(self, atoms=None, properties=('energy',), system_changes=all_changes):
        Calculator.calculate(self, atoms, properties, system_changes)   # self.atoms = atoms.copy()
        if system_changes or 'energy' not in self.results:
            mol = system_mod.mol_from_atoms(self.atoms, charge=self.charge, spin=self.spin,
                                            basis=self.basis, ecp=self.ecp)
            solver = self._solver_for(mol)
            mol.verbose, mol.stdout = solver.verbose, solver.stdout
            e_tot = solver(mol)
            self.results['energy'] = e_tot * HARTREE2EV
            self.results['free_energy'] = self.results['energy']
            self.results['energy_error'] = solver.e_err * HARTREE2EV
        solver = self.solver
        if 'forces' in properties and 'forces' not in self.results:
            de = solver.Gradients().kernel()
            self.results['forces'] = -de * EV_PER_ANGSTROM
            self.results['forces_error'] = solver._grad_err * EV_PER_ANGSTROM
        if 'dipole' in properties and 'dipole' not in self.results:
            dip_debye = solver.dip_moment(verbose=0)
            self.results['dipole'] = np.asarray(dip_debye) / AU2DEBYE * BOHR
            self.results['dipole_error'] = np.asarray(solver.dip_err) / AU2DEBYE * BOHR
        for key in ('energy_error', 'forces_error', 'dipole_error'):
            if key in self.results:
                for target in {id(a): a for a in (atoms, self.atoms) if a is not None}.values():
                    target.info[key] = self.results[key]
