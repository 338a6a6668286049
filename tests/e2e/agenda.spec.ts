import { agendaTests, test } from './agenda-checks';

// The agenda on the deck built from slides/, with every expectation taken from its plan.
agendaTests(test);
