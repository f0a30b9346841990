-- Notifications: what needs someone's attention (a core overdue, a quote unanswered, a request to approve...),
-- one row per account told, at most once per thing it is about; e-mailed to accounts with an address.

ALTER TABLE app_user ADD COLUMN email VARCHAR(254) NULL;

CREATE TABLE notification (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    username   VARCHAR(64)  NOT NULL,
    kind       VARCHAR(20)  NOT NULL,
    about      VARCHAR(100) NOT NULL,
    subject    VARCHAR(300) NOT NULL,
    link       VARCHAR(300) NOT NULL,
    created_at DATETIME(3)  NOT NULL,
    read_at    DATETIME(3)  NULL,
    mailed_at  DATETIME(3)  NULL,
    CONSTRAINT uk_notification UNIQUE (username, kind, about),
    INDEX ix_notification_inbox (username, read_at, id),
    INDEX ix_notification_mail (mailed_at, created_at),
    CONSTRAINT ck_notification_kind CHECK (kind IN ('CORE_OVERDUE','LOAN_OVERDUE','QUOTE_WAITING','REPAIR_OVERDUE',
                                                    'APPROVAL_WAITING','REPAIR_BLOCKED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
