"""B2B scheduling: a plain instance model (model.py), the solvers (solver modules), and the
bridge to the database (instance.py builds an instance from a mission, and writes a solution
back as meetings)."""
