package nl.labspace.db.enquiry;

/**
 * How fast a campus first answers enquiries: the median of the time from an enquiry to the campus's first reply, in
 * seconds, over the threads it has answered (null when none), and how many threads that median counts.
 */
public record ResponseTimes(Long medianSeconds, int answeredThreads) {
}
