// Nothing but a ready line: the floor under any Node start (and, run with --import tsx, under a tsx start).
process.stdout.write('ready\n');
