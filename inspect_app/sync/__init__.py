"""Sync: replica enrolment, bundle files, and (later) the office hub transport."""
