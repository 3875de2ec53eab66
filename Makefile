# Thin wrappers; the work is in packaging/bootstrap.py so a machine with only python3 can run it.
.PHONY: run test setup dist bench

run:
	python3 packaging/bootstrap.py run

test:
	python3 packaging/bootstrap.py test

setup:
	python3 packaging/bootstrap.py setup

# dist/inspect-app/ (PyInstaller one-folder) and dist/inspect-app_VERSION_ARCH.deb
dist:
	python3 packaging/bootstrap.py build

bench: setup
	.venv/bin/python benchmarks/store_scale.py
