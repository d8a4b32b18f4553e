"""fn.plot_history(): what is drawn (headless, Agg), and the message without matplotlib."""

import sys

import numpy as np
import pytest
from pyscf import gto, scf

from pyscf_ferminet import FermiNet
from pyscf_ferminet.plot import running_mean


def _solver_with_results():
    """A solver holding made-up results (the plot reads only them): no run needed."""
    mol = gto.M(atom='H 0 0 0; H 0 0 1.4', unit='bohr', basis='sto-3g', verbose=0)
    fn = FermiNet(scf.RHF(mol).run(), network='tiny', verbose=0).build()
    energy = -1.17 + 0.1 * np.exp(-np.arange(100) / 20.0)
    fn.e_hist = np.rec.fromarrays([energy, np.ones(100), np.full(100, 0.5), np.full(100, 0.2)],
                                  names=('energy', 'variance', 'acceptance', 'width'))
    fn.e_tot, fn.e_err = -1.1702, 0.0004
    return fn


def test_running_mean_matches_a_direct_average():
    x = np.arange(10.0) ** 2
    expected = [x[max(i - 2, 0):i + 1].mean() for i in range(10)]
    np.testing.assert_allclose(running_mean(x, 3), expected)


def test_plot_history_draws_training_references_and_evaluation(tmp_path):
    matplotlib = pytest.importorskip('matplotlib')
    matplotlib.use('Agg')
    fn = _solver_with_results()
    png = tmp_path / 'history.png'
    ax = fn.plot_history(reference=-1.1744757, path=str(png))
    lines = {line.get_label(): line.get_ydata() for line in ax.get_lines()}
    np.testing.assert_array_equal(lines['training energy'], fn.e_hist.energy)
    assert np.allclose(lines[f'SCF {fn.e_scf:.5f}'], fn.e_scf)
    assert np.allclose(lines['reference -1.17448'], -1.1744757)
    assert np.allclose(lines['evaluation -1.17020 +- 0.00040'], -1.1702)
    band = ax.patches[0].get_extents().transformed(ax.transData.inverted())   # the 1-sigma band
    assert band.y0 == pytest.approx(-1.1706) and band.y1 == pytest.approx(-1.1698)
    lo, hi = ax.get_ylim()
    assert lo < -1.1744757 and hi > fn.e_scf          # every level in view
    assert png.read_bytes()[:8] == b'\x89PNG\r\n\x1a\n'


def test_plot_without_matplotlib_names_the_extra(monkeypatch):
    monkeypatch.setitem(sys.modules, 'matplotlib', None)
    monkeypatch.setitem(sys.modules, 'matplotlib.pyplot', None)
    with pytest.raises(ImportError, match=r"pyscf_ferminet\[plot\]"):
        _solver_with_results().plot_history()
