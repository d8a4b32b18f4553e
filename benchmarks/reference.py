"""The systems of ../shared/reference_energies.json and their SCF, for the benchmark scripts.

Each entry holds the geometry (bohr), the spin (2S) and the exact non-relativistic energy (hartree).
"""

import ast
import json
import os

from pyscf import gto, scf

REFERENCE = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'shared',
                         'reference_energies.json')


def load() -> dict:
    """All entries, by system name."""
    with open(REFERENCE) as f:
        return json.load(f)


def run_scf(entry: dict, basis: str = 'cc-pvdz'):
    """RHF for a closed shell, UHF otherwise, of the entry's molecule, converged."""
    mol = gto.M(atom=entry['geometry'], unit='bohr', spin=entry['spin'], basis=basis, verbose=0)
    return (scf.RHF(mol) if mol.spin == 0 else scf.UHF(mol)).run()


def parse_settings(args) -> dict:
    """`name=value` arguments as a dict; values are Python literals where they parse, else strings."""
    settings = {}
    for arg in args:
        name, value = arg.split('=', 1)
        try:
            value = ast.literal_eval(value)
        except (ValueError, SyntaxError):
            pass
        settings[name] = value
    return settings
