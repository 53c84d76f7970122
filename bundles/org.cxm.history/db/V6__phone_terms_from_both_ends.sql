-- Phone numbers are found by their start (with or without the country code) and by their last digits
-- through one reversed term, instead of a term for every tail of four or more digits: a first load of an
-- interaction log wrote about nine terms a phone number. Search terms are derived data: they are removed
-- here and HistoryStore writes them again, the new way, from source customers and identities when it opens
-- a store with customers and no terms.
DELETE FROM search_term;
