"""Plain, frozen data handed between layers: what the services return and what the PDFs and the
screens show. It sits below both: ``services/`` and ``pdf/`` import it, it imports neither."""
