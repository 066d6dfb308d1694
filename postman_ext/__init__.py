"""postman_ext: the stable, typed client of the Postman API.

The client itself arrives with the runtime work; today this package only marks the place
where the handwritten layer lives, above the generated ``postman_raw``.
"""

__version__ = "0.1.0"
