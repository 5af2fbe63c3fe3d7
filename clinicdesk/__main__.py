from clinicdesk.cli import main

raise SystemExit(main())
