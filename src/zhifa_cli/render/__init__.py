"""render: Documents, comparisons and findings -> terminal (rich), json, yaml … Decides nothing."""
