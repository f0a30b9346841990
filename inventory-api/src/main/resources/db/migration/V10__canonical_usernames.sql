-- A username is stored, carried by tokens and recorded in the ledger in lower case, however it is typed at login:
-- one account, one set of sessions. Usernames are ASCII letters, digits, '.', '_' and '-', so two accounts can never
-- fold into one here (the column's collation already held them equal).
UPDATE app_user SET username = LOWER(username);
