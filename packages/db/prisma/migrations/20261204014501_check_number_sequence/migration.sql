-- Hand written: one series of check numbers for the program, taken as checks go into a register
-- (the bank's paid-check file names them back, so no number is ever given twice).
CREATE SEQUENCE check_number_seq START 100001;
