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


def trained_state(argv, usage: str, **options):
    """A training-state file and its solver, for scripts that sample a trained wavefunction.

    argv: one path to a state file (`chkfile + '.state'`) and `name=value` arguments: `system=` (default
    LiH) and the script's own `options` (given here with their defaults). The ansatz (layer widths,
    determinants, determinant form, envelope, Jastrow, cusp form) and the precision come from the file;
    files written before they were recorded need the run's non-default ansatz settings as arguments
    (network 'small' unless given).

    Returns:
        (path, entry, fn, model, saved, options): the reference entry, a built FermiNet with JAX's
        precision set as in a run, its driver.Model, the loaded file and the options' values.
    """
    from pyscf_ferminet import FermiNet, checkpoint, driver
    files = [a for a in argv if '=' not in a]
    if len(files) != 1:
        raise SystemExit(usage)
    settings = dict({'network': 'small'}, **parse_settings(a for a in argv if '=' in a))
    system = str(settings.pop('system', 'LiH'))
    options = {name: settings.pop(name, default) for name, default in options.items()}
    saved = checkpoint.load(files[0])
    stored = driver.saved_settings(saved)
    for name in driver.ANSATZ_KEYS + ('precision',):
        if name not in stored:
            continue
        if name in settings and settings[name] != stored[name]:
            raise SystemExit(f'{files[0]} was written with {name} = {stored[name]!r}, not {settings[name]!r}.')
        settings[name] = stored[name]
    entry = load()[system]
    fn = FermiNet(run_scf(entry), verbose=0, **settings)
    fn.build()
    driver._set_precision(fn)                  # float64 states need JAX's 64-bit mode, as in a run
    return files[0], dict(entry, name=system), fn, driver.Model(fn), saved, options
