"""The bundled demo: a local policy website with fault modes, and the `make demo` script."""
